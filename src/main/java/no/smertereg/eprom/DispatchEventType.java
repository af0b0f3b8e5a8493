package no.smertereg.eprom;

/** One line of the dispatch ledger. */
public enum DispatchEventType {
    SENT,
    REMINDED,
    LOCKED,
    ANSWERED,
    CLOSED
}
