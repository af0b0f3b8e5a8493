package no.smertereg.eprom;

/** P5: where a patient form is; a closed or locked form carries its reason code. */
public enum PatientFormState {
    PLANNED,
    SENT,
    /** Due, but the patient has neither phone nor e-mail: waits for paper entry or a manual dispatch. */
    NO_CONTACT,
    REMINDED,
    COMPLETED,
    LOCKED_UNANSWERED,
    CLOSED
}
