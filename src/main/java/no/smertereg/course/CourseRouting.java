package no.smertereg.course;

import java.time.LocalDate;
import java.util.Map;

import no.smertereg.privacy.LegalBasis;

/**
 * What TO decides (S4-S6, R1): seen (Tilsett = 1) and inclusion criteria met (InklKritOppf = 1) give the course
 * type; the registry follows the course's legal basis. CONSENT: national when included and consent
 * (SkriftligSamtyk = 1) is given; RESERVATION: national when included, unless the patient has reserved, and the
 * consent answer is information only. A reserved patient is never national. Patient forms (ePROM) go only to
 * national type-3 courses.
 */
record CourseRouting(CourseType type, RegistryScope registry, Integer tilsett, boolean inclusionMet,
        boolean consent, LocalDate referralDate, LocalDate startDate) {

    static CourseRouting fromTo(Map<String, Object> answers) {
        return fromTo(answers, LegalBasis.CONSENT, false);
    }

    static CourseRouting fromTo(Map<String, Object> answers, LegalBasis basis, boolean reserved) {
        boolean seen = "1".equals(answers.get("Tilsett"));
        boolean included = seen && "1".equals(answers.get("InklKritOppf"));
        boolean consent = included && "1".equals(answers.get("SkriftligSamtyk"));
        boolean national = included && !reserved && (basis == LegalBasis.RESERVATION || consent);
        CourseType type = !seen ? CourseType.TYPE_1 : included ? CourseType.TYPE_3 : CourseType.TYPE_2;
        return new CourseRouting(type, national ? RegistryScope.NATIONAL : RegistryScope.LOCAL,
                integer(answers.get("Tilsett")), included, consent, date(answers.get("HenvistDato")),
                date(answers.get("StartdatoTO")));
    }

    /** P2: patient forms may be sent (the course is in the national registry). */
    boolean epromAllowed() {
        return registry == RegistryScope.NATIONAL;
    }

    private static Integer integer(Object code) {
        return code == null ? null : Integer.valueOf(code.toString());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
