package no.smertereg.reports;

/** Codebook §4: the local report (one unit) and the national report (a table per hospital) differ in places. */
public enum Variant {
    LOCAL,
    NATIONAL
}
