package no.smertereg.eprom;

/** One line of the dispatch ledger. */
public enum DispatchEventType {
    SENT,
    NO_CONTACT,
    REMINDED,
    LOCKED,
    ANSWERED,
    CLOSED
}
