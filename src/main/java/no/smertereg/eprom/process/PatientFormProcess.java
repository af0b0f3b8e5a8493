package no.smertereg.eprom.process;

/** Names shared by {@code processes/patient-form.bpmn} and the code. */
public final class PatientFormProcess {

    public static final String KEY = "patient-form";
    public static final String VAR_PATIENT_FORM = "patientForm";
    public static final String VAR_DISPATCH_AT = "dispatchAt";
    public static final String MESSAGE_ANSWERED = "PatientFormAnswered";
    public static final String MESSAGE_CLOSED = "PatientFormClosed";
    public static final String MESSAGE_RESEND = "PatientFormResend";

    private PatientFormProcess() {
    }
}
