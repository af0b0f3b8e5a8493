package no.smertereg.eprom.process;

import no.smertereg.forms.PatientFormEntry;

/** Names shared by {@code processes/patient-form.bpmn} and the code: process key, variables, messages, element ids. */
public final class PatientFormProcess {

    public static final String KEY = "patient-form";
    public static final String VAR_PATIENT_FORM = "patientForm";
    public static final String VAR_DISPATCH_AT = "dispatchAt";
    public static final String VAR_SEND_TIME = PatientFormEntry.SEND_TIME;
    public static final String VAR_SEND_DELAY = PatientFormEntry.SEND_DELAY;
    public static final String VAR_SEND_AFTER_END_DATE = PatientFormEntry.SEND_AFTER_END_DATE;
    public static final String VAR_SEND_RELATIVE_TO = PatientFormEntry.SEND_RELATIVE_TO;
    public static final String VAR_SEND_OFFSET = PatientFormEntry.SEND_OFFSET;
    /** Set, local to the catching scope, with {@code CourseDateChanged}: the name of the date role that changed. */
    public static final String VAR_COURSE_DATE_ROLE = "courseDateRole";
    public static final String MESSAGE_ANSWERED = "PatientFormAnswered";
    public static final String MESSAGE_CLOSED = "PatientFormClosed";
    public static final String MESSAGE_RESEND = "PatientFormResend";
    /** A course date the form may be planned from changed (ADR 0016): the waiting send is planned again. */
    public static final String MESSAGE_COURSE_DATE_CHANGED = "CourseDateChanged";
    /** What diagrams before ADR 0016 catch instead, for the end date only. */
    public static final String MESSAGE_END_DATE_CORRECTED = "CourseEndDateCorrected";
    /** The form is answered at the clinic with a code the user hands the patient: nothing is sent (ADR 0016). */
    public static final String MESSAGE_AT_CLINIC = "PatientFormAtClinic";
    public static final String TIMER_DISPATCH = "Timer_Dispatch";
    public static final String TASK_SEND = "ServiceTask_SendForm";

    private PatientFormProcess() {
    }
}
