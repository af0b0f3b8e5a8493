package no.smertereg.course;

/** S6: national registry when consent is given and inclusion criteria are met; otherwise the hospital's local one. */
public enum RegistryScope {
    NATIONAL,
    LOCAL
}
