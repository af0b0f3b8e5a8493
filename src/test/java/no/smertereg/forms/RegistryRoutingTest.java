package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smertereg.shared.RegistryClock;

/**
 * ADR 0013 step 4 as an analyst meets it: the course-type rules are the descriptor's FEEL, so changing them is a
 * change of {@code processes/<registry>.registry.json} only, and a rule that cannot route stops the start.
 */
class RegistryRoutingTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Map<String, Object> SEEN_INCLUDED_NO_CONSENT = Map.of("Tilsett", "1", "InklKritOppf", "1",
            "SkriftligSamtyk", "0");

    @TempDir
    Path folder;

    /** NNRR's referral date is typed by the clerk into the treater form, its start date is the first consultation. */
    @Test
    void theReferralAndStartDates_areTheFieldsTheDescriptorNames() throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        RegistryRouting.Decision nnrr = routing(registries).decide(registries.of("nnrr"), Map.of(
                "RelevantDiagnose", "1", "HenvisningsDato", "2026-11-20", "S1b_DateOfCompletion", "2026-12-01",
                "HenvistDato", "2020-01-01"));
        assertThat(nnrr.courseType()).isEqualTo(3);
        assertThat(nnrr.referralDate()).hasToString("2026-11-20");
        assertThat(nnrr.startDate()).hasToString("2026-12-01");
        assertThat(routing(registries).decide(registries.of("nnrr"), Map.of("HenvisningsDato", "")).referralDate())
                .as("an emptied date").isNull();
    }

    @Test
    void aRegistrysRoutingIsItsDescriptors_changedThereAlone() throws IOException {
        RegistryRouting packaged = routing(Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON));
        assertThat(packaged.decide(SmerteregForms.DEFINITIONS, SEEN_INCLUDED_NO_CONSENT))
                .isEqualTo(new RegistryRouting.Decision(3, true, false));

        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg.registry.json", "then (if InklKritOppf = \\\"1\\\" then 3 else 2) else 1",
                "then (if InklKritOppf = \\\"1\\\" then 3 else 2) else if Tilsett = \\\"3\\\" then 2 else 1");
        Registries changed = Registries.read(copy.location(), JSON);
        assertThat(routing(changed).decide(changed.of("smertereg"), Map.of("Tilsett", "3")).courseType())
                .as("not seen because the patient was discharged: now a type 2 course").isEqualTo(2);
        assertThat(packaged.decide(SmerteregForms.DEFINITIONS, Map.of("Tilsett", "3")).courseType()).isEqualTo(1);
    }

    @Test
    void aRuleThatDoesNotRoute_stopsTheStart_namingTheRegistry() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/smertereg.registry.json",
                "\"included\": \"Tilsett = \\\"1\\\" and InklKritOppf = \\\"1\\\"\"", "\"included\": \"\\\"ja\\\"\"");
        Registries registries = Registries.read(copy.location(), JSON);

        assertThatThrownBy(() -> routing(registries)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("smertereg");
    }

    private static RegistryRouting routing(Registries registries) {
        return new RegistryRouting(new FormConditions(new RegistryClock()), registries);
    }
}
