package no.smertereg.eprom;

/** How the patient was told a form is waiting (P4), or NONE when there is no phone or e-mail. */
public enum Channel {
    SMS,
    EMAIL,
    NONE
}
