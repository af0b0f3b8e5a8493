package no.smertereg.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smertereg.forms.IndicatorRules.Counted;
import no.smertereg.shared.RegistryClock;

/** NNRR's indicators (codebook §5.5, the yearly report's variants) as its descriptor states them in FEEL. */
class IndicatorRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Counted OUT = new Counted(0, 0);
    private static final Counted NO = new Counted(1, 0);
    private static final Counted YES = new Counted(1, 1);

    @TempDir
    Path folder;

    @Test
    void aTreatedCourseWithBothPatientForms_countsInEachIndicatorAsTheCodebookDefinesIt() throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        IndicatorRules rules = new IndicatorRules(new FormConditions(new RegistryClock()), registries);
        Map<String, Object> forms = new HashMap<>();
        forms.put("BEHANDLER", Map.of("Treatment_GroupInterdisciplinary2018", "0",
                "Treatment_InvidualInterdisciplinary", "2", "TreatmentMasteryOrientedConversation", "2",
                "HenvisningsDato", "2026-01-01", "S1b_DateOfCompletion", "2026-02-20"));
        forms.put("PASIENT_FOR", Map.of("PainExperiencesNoActivity", "6", "PainExperiencesActivity", "0"));
        forms.put("OPPFOLGING_6", Map.of("PainExperiencesNoActivity", "4", "PainExperiencesActivity", "0",
                "UseOfTreatment", "4", "TreatmentSatisfaction", "3"));
        forms.put("OPPFOLGING_12", null);

        List<Counted> counted = rules.count(registries.of("nnrr"), forms);

        assertThat(IndicatorRules.rules(registries.of("nnrr"))).extracting(RegistryDescriptor.IndicatorRule::id)
                .containsExactly("nnrr_tverrfaglig_behandling", "nnrr_mestringsorientert_samtale",
                        "nnrr_tid_henvisning_besok_50", "nnrr_oppfolging_6_besvart", "nnrr_bedring_smerte_hvile",
                        "nnrr_bedring_smerte_aktiv", "nnrr_bedring_av_behandling", "nnrr_misfornoeyd");
        assertThat(counted).containsExactly(YES, NO, YES /* 50 days */, YES, YES /* 6 to 4 */,
                OUT /* no pain in activity at baseline */, NO /* no change */, YES);
    }

    @Test
    void withoutTheFollowUp_theFollowUpIndicatorsLeaveTheCourseOut_andAWaitOf51DaysMissesTheTarget()
            throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        IndicatorRules rules = new IndicatorRules(new FormConditions(new RegistryClock()), registries);
        Map<String, Object> forms = new HashMap<>();
        forms.put("BEHANDLER", Map.of("HenvisningsDato", "2026-01-01", "S1b_DateOfCompletion", "2026-02-21"));
        forms.put("PASIENT_FOR", Map.of("PainExperiencesNoActivity", "6"));
        forms.put("OPPFOLGING_6", null);
        forms.put("OPPFOLGING_12", null);

        assertThat(rules.count(registries.of("nnrr"), forms)).containsExactly(NO, OUT, NO, NO, OUT, OUT, OUT, OUT);
    }

    @Test
    void oprsResponseTable_countsInvitations_andAnswersOnlyToWhatWasSent() throws IOException {
        Registries registries = Registries.read(RegistryDefinitions.DEFAULT_LOCATION, JSON);
        IndicatorRules rules = new IndicatorRules(new FormConditions(new RegistryClock()), registries);
        RegistryDefinitions opr = registries.of("opr");
        Map<String, Object> course = new HashMap<>();
        opr.patientForms().forEach(f -> course.put(IndicatorRules.variable(f.code()), null));
        opr.clinicianForms().forEach(f -> course.put(IndicatorRules.variable(f.code()), null));
        course.put("sent", List.of("RF-3", "RF-6", "SLUTT-12"));
        course.put("answered", List.of("BASELINE", "RF-3", "SCS-6" /* entered from paper, never sent */));
        course.put("BASELINE", Map.of("SamtykkeOppfolging", "1"));

        List<Counted> counted = rules.count(opr, course);
        Map<String, Counted> byId = new HashMap<>();
        for (int i = 0; i < counted.size(); i++) {
            byId.put(IndicatorRules.rules(opr).get(i).id(), counted.get(i));
        }

        assertThat(byId.get("opr_svar_rf")).isEqualTo(new Counted(2, 1));
        assertThat(byId.get("opr_svar_rf_6")).isEqualTo(new Counted(1, 0));
        assertThat(byId.get("opr_svar_scs")).as("an answer never sent is no response").isEqualTo(new Counted(0, 0));
        assertThat(byId.get("opr_svar_totalt")).isEqualTo(new Counted(3, 1));
        assertThat(byId.get("opr_baseline_besvart")).isEqualTo(YES);
        assertThat(byId.get("opr_samtykke")).isEqualTo(YES);
    }

    @Test
    void aDiagramConditionThatDoesNotParse_stopsTheStart() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/opr-course.bpmn", "REGISTRERING.Tolkebehov = \"1\"",
                "REGISTRERING.Tolkebehov = = 1");
        Registries registries = Registries.read(copy.location(), JSON);

        assertThatThrownBy(() -> new IndicatorRules(new FormConditions(new RegistryClock()), registries))
                .hasMessageContaining("opr-course").hasMessageContaining("Tolkebehov = = 1");
    }

    @Test
    void anIndicatorThatDoesNotParse_stopsTheStart() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.replace("processes/nnrr.registry.json", "\"numerator\": \"BEHANDLER.TreatmentMasteryOrientedConversation = \\\"1\\\"\"",
                "\"numerator\": \"BEHANDLER.TreatmentMasteryOrientedConversation = = 1\"");
        Registries registries = Registries.read(copy.location(), JSON);

        assertThatThrownBy(() -> new IndicatorRules(new FormConditions(new RegistryClock()), registries))
                .hasMessageContaining("= = 1");
    }
}
