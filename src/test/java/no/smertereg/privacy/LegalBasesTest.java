package no.smertereg.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.smertereg.forms.AnalystCopy;
import no.smertereg.forms.Registries;
import no.smertereg.shared.RegistryClock;

/** R1 and N1: each registry's legal basis by its own descriptor; one without a reservation date keeps consent. */
class LegalBasesTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final LocalDate BEFORE = LocalDate.of(2026, 12, 31);
    private static final LocalDate FROM = LocalDate.of(2027, 1, 1);

    @TempDir
    Path folder;

    @Test
    void aRegistryWithAReservationDate_isConsentBasedBeforeIt_andReservationBasedFromIt() throws IOException {
        LegalBases bases = new LegalBases("", Registries.read("classpath*:", JSON), new RegistryClock());

        assertThat(bases.basisOn("smertereg", BEFORE)).isEqualTo(LegalBasis.CONSENT);
        assertThat(bases.basisOn("smertereg", FROM)).isEqualTo(LegalBasis.RESERVATION);
        assertThat(bases.reservationFrom("smertereg")).contains(FROM);
    }

    @Test
    void aRegistryWithoutOne_staysConsentBased_evenWhenTheDateIsMovedByConfiguration() throws IOException {
        AnalystCopy copy = AnalystCopy.of(folder);
        copy.addRegistryLike("testreg");
        copy.replace("processes/testreg.registry.json", "\"reservationFrom\" : \"2027-01-01\"", "");

        LegalBases bases = new LegalBases("2026-06-01", Registries.read(copy.location(), JSON), new RegistryClock());

        assertThat(bases.basisOn("testreg", LocalDate.of(2040, 1, 1))).isEqualTo(LegalBasis.CONSENT);
        assertThat(bases.reservationFrom("testreg")).isEmpty();
        assertThat(bases.basisOn("smertereg", LocalDate.of(2026, 6, 1))).as("the configured date moves SmerteReg's")
                .isEqualTo(LegalBasis.RESERVATION);
        assertThat(bases.basisOn("smertereg", LocalDate.of(2026, 5, 31))).isEqualTo(LegalBasis.CONSENT);
    }
}
