package no.smertereg.forms;

import java.util.Map;

/**
 * A patient form a course calls, found from the course diagram's call activities of the patient-form pathway:
 * its code (the call's {@code patientForm} input), its {@code .form} file, whether it is a baseline form (called
 * before the end-date form rather than after it), whether the unit may enter it from paper, its scoring, and the
 * fixed values the call gives the pathway ({@code formFile}, and its schedule: {@code sendTime}, {@code sendDelay}, and either
 * {@code sendRelativeTo} with {@code sendOffset} or, in diagrams before ADR 0016, {@code sendAfterEndDate}).
 */
public record PatientFormEntry(String code, String formId, boolean baseline, boolean onPaper, String scoring,
        Map<String, String> inputs) {

    public static final String SEND_TIME = "sendTime";
    public static final String SEND_DELAY = "sendDelay";
    public static final String SEND_RELATIVE_TO = "sendRelativeTo";
    public static final String SEND_OFFSET = "sendOffset";
    public static final String SEND_AFTER_END_DATE = "sendAfterEndDate";
    /** A call's own {@code .form} file, when several calls share one (OPR's follow-ups); else the code's default. */
    public static final String FORM_FILE = "formFile";
}
