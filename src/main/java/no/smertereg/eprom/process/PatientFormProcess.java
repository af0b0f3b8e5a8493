package no.smertereg.eprom.process;

/** Names shared by {@code processes/patient-form.bpmn} and the code: process key, variables, messages, element ids. */
public final class PatientFormProcess {

    public static final String KEY = "patient-form";
    public static final String VAR_PATIENT_FORM = "patientForm";
    public static final String VAR_DISPATCH_AT = "dispatchAt";
    public static final String VAR_SEND_TIME = "sendTime";
    public static final String VAR_SEND_DELAY = "sendDelay";
    public static final String VAR_SEND_AFTER_END_DATE = "sendAfterEndDate";
    public static final String MESSAGE_ANSWERED = "PatientFormAnswered";
    public static final String MESSAGE_CLOSED = "PatientFormClosed";
    public static final String MESSAGE_RESEND = "PatientFormResend";
    public static final String MESSAGE_END_DATE_CORRECTED = "CourseEndDateCorrected";
    public static final String TIMER_DISPATCH = "Timer_Dispatch";
    public static final String TASK_SEND = "ServiceTask_SendForm";

    private PatientFormProcess() {
    }
}
