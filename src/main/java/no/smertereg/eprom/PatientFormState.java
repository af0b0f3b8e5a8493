package no.smertereg.eprom;

/** P5: where a patient form is; a closed or locked form carries its reason code. */
public enum PatientFormState {
    PLANNED,
    SENT,
    REMINDED,
    COMPLETED,
    LOCKED_UNANSWERED,
    CLOSED
}
