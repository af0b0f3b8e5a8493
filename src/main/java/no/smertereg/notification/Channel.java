package no.smertereg.notification;

/** How a message reaches a person: SMS or e-mail, or NONE when there is no phone or e-mail. */
public enum Channel {
    SMS,
    EMAIL,
    NONE
}
