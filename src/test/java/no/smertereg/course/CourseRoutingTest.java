package no.smertereg.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import no.smertereg.forms.SmerteregForms;
import no.smertereg.privacy.LegalBasis;

/**
 * S5, S6 and R1: TO decides the course type by the routing rules of SmerteReg's descriptor (FEEL in
 * {@code processes/smertereg.registry.json}), the registry follows the course's legal basis.
 */
class CourseRoutingTest {

    private static CourseRouting fromTo(Map<String, Object> answers) {
        return fromTo(answers, LegalBasis.CONSENT, false);
    }

    private static CourseRouting fromTo(Map<String, Object> answers, LegalBasis basis, boolean reserved) {
        return CourseRouting.of(SmerteregForms.ROUTING.decide(SmerteregForms.DEFINITIONS, answers), answers, basis,
                reserved);
    }

    @Test
    void notSeenIsType1AndLocal() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "3", "HenvistDato", "2026-11-01",
                "StartdatoTO", "2026-11-02"));
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_1);
        assertThat(routing.registry()).isEqualTo(RegistryScope.LOCAL);
        assertThat(routing.tilsett()).isEqualTo(3);
        assertThat(routing.referralDate()).hasToString("2026-11-01");
    }

    @Test
    void seenButNotIncludedIsType2AndLocal() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "1", "InklKritOppf", "0"));
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_2);
        assertThat(routing.registry()).isEqualTo(RegistryScope.LOCAL);
    }

    @Test
    void includedWithoutConsentIsType3ButStaysLocal() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "1", "InklKritOppf", "1",
                "SkriftligSamtyk", "0"));
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_3);
        assertThat(routing.registry()).isEqualTo(RegistryScope.LOCAL);
        assertThat(routing.consent()).isFalse();
    }

    @Test
    void includedWithConsentIsType3AndNational() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "1", "InklKritOppf", "1",
                "SkriftligSamtyk", "1"));
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_3);
        assertThat(routing.registry()).isEqualTo(RegistryScope.NATIONAL);
    }

    @Test
    void consentLeftOverFromAnEarlierAnswerDoesNotCountWhenNotSeen() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "2", "InklKritOppf", "1",
                "SkriftligSamtyk", "1"));
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_1);
        assertThat(routing.registry()).isEqualTo(RegistryScope.LOCAL);
    }

    @Test
    void underTheReservationBasis_includedWithoutConsentIsNational_theConsentAnswerIsInformationOnly() {
        CourseRouting routing = fromTo(Map.of("Tilsett", "1", "InklKritOppf", "1",
                "SkriftligSamtyk", "0"), LegalBasis.RESERVATION, false);
        assertThat(routing.type()).isEqualTo(CourseType.TYPE_3);
        assertThat(routing.registry()).isEqualTo(RegistryScope.NATIONAL);
        assertThat(routing.epromAllowed()).isTrue();
        assertThat(routing.consent()).isFalse();
    }

    @Test
    void aReservedPatientIsLocalUnderEitherBasis_evenWithConsent() {
        Map<String, Object> to = Map.of("Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "1");
        assertThat(fromTo(to, LegalBasis.RESERVATION, true).registry()).isEqualTo(RegistryScope.LOCAL);
        assertThat(fromTo(to, LegalBasis.CONSENT, true).epromAllowed()).isFalse();
    }

    @Test
    void underTheReservationBasis_notIncludedStaysLocal() {
        assertThat(fromTo(Map.of("Tilsett", "1", "InklKritOppf", "0"), LegalBasis.RESERVATION, false)
                .registry()).isEqualTo(RegistryScope.LOCAL);
    }
}
