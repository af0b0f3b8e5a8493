package no.smertereg.privacy;

/** R4: what a patient asks of the registry. Reservation against further questionnaires is a reservation. */
public enum RequestKind {
    ACCESS,
    CORRECTION,
    DELETION
}
