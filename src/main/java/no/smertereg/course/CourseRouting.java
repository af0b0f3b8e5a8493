package no.smertereg.course;

import java.time.LocalDate;
import java.util.Map;

/**
 * What TO decides (S4-S6): seen (Tilsett = 1), inclusion criteria met (InklKritOppf = 1) and consent
 * (SkriftligSamtyk = 1) give the course type and the registry.
 */
record CourseRouting(CourseType type, RegistryScope registry, Integer tilsett, boolean inclusionMet,
        boolean consent, LocalDate referralDate, LocalDate startDate) {

    static CourseRouting fromTo(Map<String, Object> answers) {
        boolean seen = "1".equals(answers.get("Tilsett"));
        boolean included = seen && "1".equals(answers.get("InklKritOppf"));
        boolean consent = included && "1".equals(answers.get("SkriftligSamtyk"));
        CourseType type = !seen ? CourseType.TYPE_1 : included ? CourseType.TYPE_3 : CourseType.TYPE_2;
        return new CourseRouting(type, consent ? RegistryScope.NATIONAL : RegistryScope.LOCAL,
                integer(answers.get("Tilsett")), included, consent, date(answers.get("HenvistDato")),
                date(answers.get("StartdatoTO")));
    }

    private static Integer integer(Object code) {
        return code == null ? null : Integer.valueOf(code.toString());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
