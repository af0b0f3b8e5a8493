package no.smertereg.access.application;

/** What the applicant applies for: the registry itself, or the report portal Rapporteket-Smerte (A7). */
public enum Project {
    SMERTEREG,
    REPORT_PORTAL,
    /** Timebestilling: the clerk's (merkantil) access, in a registry that books courses (N2). */
    BOOKING
}
