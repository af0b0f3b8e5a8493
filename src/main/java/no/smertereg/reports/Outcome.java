package no.smertereg.reports;

/** What one course contributes to an indicator: nothing, the denominator only, or numerator and denominator. */
enum Outcome {
    OUT,
    NO,
    YES;

    static Outcome of(boolean inNumerator) {
        return inNumerator ? YES : NO;
    }
}
