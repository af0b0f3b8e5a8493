package no.smertereg.forms;

/** What happened to a form, kept with who and when (and why, for an unlock). */
public enum FormAction {
    FINALISED,
    UNLOCKED,
    COMMENTED
}
