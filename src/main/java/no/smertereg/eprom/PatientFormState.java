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
    /**
     * Locked without ever being sent: the patient had neither phone nor e-mail, and neither a paper answer nor a
     * manual dispatch came within six days. Reason 8 "Ikke sendt – mangler kontaktinformasjon" (docs/eprom.md,
     * ADR 0012), not 7 "Ikke besvart ePROM": the patient was never asked.
     */
    NOT_SENT_NO_CONTACT,
    CLOSED
}
