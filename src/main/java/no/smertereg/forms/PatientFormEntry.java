package no.smertereg.forms;

/**
 * A patient form a course calls, found from the course diagram's call activities of the patient-form pathway:
 * its code (the call's {@code patientForm} input), its {@code .form} file, whether it is a baseline form (called
 * before the end-date form rather than after it), whether the unit may enter it from paper, its scoring, and the
 * fixed values the call gives the pathway (its schedule: {@code sendTime}, {@code sendDelay}, {@code sendAfterEndDate}).
 */
public record PatientFormEntry(String code, String formId, boolean baseline, boolean onPaper, String scoring,
        java.util.Map<String, String> inputs) {
}
