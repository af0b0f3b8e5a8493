package no.smertereg.eprom;

/** One line of the dispatch ledger. */
public enum DispatchEventType {
    SENT,
    /** Opened for the portal with a code handed to the patient at the clinic: no notice (ADR 0016). */
    AT_CLINIC,
    NO_CONTACT,
    REMINDED,
    LOCKED,
    ANSWERED,
    CLOSED
}
