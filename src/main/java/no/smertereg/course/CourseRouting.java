package no.smertereg.course;

import java.time.LocalDate;
import java.util.Map;

import no.smertereg.course.process.CourseProcess;
import no.smertereg.forms.RegistryRouting;
import no.smertereg.privacy.LegalBasis;

/**
 * What the course-type form decides (S4-S6, R1). The course type, the inclusion criteria and consent come from the
 * registry's routing rules in its descriptor ({@link RegistryRouting}); the registry follows the course's legal
 * basis, the same for every registry. CONSENT: national when included and consent is given; RESERVATION: national
 * when included, unless the patient has reserved, and the consent answer is information only. A reserved patient is
 * never national. Patient forms (ePROM) go only to national courses of a type that has them.
 */
record CourseRouting(CourseType type, RegistryScope registry, Integer tilsett, boolean inclusionMet,
        boolean consent, LocalDate referralDate, LocalDate startDate) {

    static CourseRouting of(RegistryRouting.Decision decision, Map<String, Object> answers, LegalBasis basis,
            boolean reserved) {
        boolean national = decision.included() && !reserved && (basis == LegalBasis.RESERVATION
                || decision.consent());
        CourseType type = CourseType.ofCode(decision.courseType());
        if (type == null) {
            throw new IllegalStateException("The registry's routing gave course type " + decision.courseType()
                    + ", which the platform does not know");
        }
        return new CourseRouting(type, national ? RegistryScope.NATIONAL
                : RegistryScope.LOCAL, integer(answers.get("Tilsett")), decision.included(), decision.consent(),
                decision.referralDate(), decision.startDate());
    }

    /** The course diagram's routing variables for this decision. */
    Map<String, Object> variables(boolean reserved) {
        return Map.of(CourseProcess.VAR_COURSE_TYPE, type.code(), CourseProcess.VAR_EPROM_ALLOWED, epromAllowed(),
                CourseProcess.VAR_PATIENT_RESERVED, reserved);
    }

    /** P2: patient forms may be sent (the course is in the national registry). */
    boolean epromAllowed() {
        return registry == RegistryScope.NATIONAL;
    }

    private static Integer integer(Object code) {
        return code == null ? null : Integer.valueOf(code.toString());
    }
}
