package no.smertereg.privacy;

/** R2: how a reservation reached the registry. */
public enum ReservationChannel {
    HELSENORGE,
    ORAL,
    PAPER,
    SECURE_MESSAGE
}
