package no.smertereg.access.application;

/** What the applicant applies for: the registry itself, or the report portal Rapporteket-Smerte (A7). */
public enum Project {
    SMERTEREG,
    REPORT_PORTAL
}
