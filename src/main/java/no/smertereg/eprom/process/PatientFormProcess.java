package no.smertereg.eprom.process;

/** Names shared by {@code processes/patient-form.bpmn} and the code: process key, variables, messages, element ids. */
public final class PatientFormProcess {

    public static final String KEY = "patient-form";
    public static final String VAR_PATIENT_FORM = "patientForm";
    public static final String VAR_DISPATCH_AT = "dispatchAt";
    public static final String MESSAGE_ANSWERED = "PatientFormAnswered";
    public static final String MESSAGE_CLOSED = "PatientFormClosed";
    public static final String MESSAGE_RESEND = "PatientFormResend";
    /** The timer a planned form waits at until it is sent. */
    public static final String TIMER_DISPATCH = "Timer_Dispatch";
    /** The send, run as a job of its own (asynchronous before). */
    public static final String TASK_SEND_FORM = "ServiceTask_SendForm";

    private PatientFormProcess() {
    }
}
