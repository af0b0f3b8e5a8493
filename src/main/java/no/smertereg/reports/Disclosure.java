package no.smertereg.reports;

import java.util.Collections;
import java.util.Set;

/**
 * Which of a report's figures the page shows. This is the rule for scopes with patient-level access (LU, LC, SC, who
 * may export the rows anyway): a figure whose count of courses is below the minimum is shown as –.
 * {@link FiguresOnlyDisclosure} adds ADR 0009's rules for scopes without it.
 */
class Disclosure {

    final int minimum;

    Disclosure(int minimum) {
        this.minimum = minimum;
    }

    /** Whether the figures follow the month rule of ADR 0009 (the page says so). */
    public boolean monthRule() {
        return false;
    }

    /** The number of courses in the report. */
    public boolean courses() {
        return true;
    }

    public boolean indicator(Indicator indicator, Count count) {
        return count.shown(minimum);
    }

    /** One month of an indicator (its table line and its point in the chart). */
    public boolean indicatorMonth(Indicator indicator, Count count) {
        return count != null && count.shown(minimum);
    }

    public boolean eprom(EpromResponse.FormResponse form) {
        return form.response().shown(minimum);
    }

    /** Forms never sent for lack of contact details: shown from as many forms due (sent or never sent) as a figure. */
    public boolean epromNotSent(EpromResponse.FormResponse form) {
        int due = form.sent() + form.notSent();
        return due > 0 && due >= minimum;
    }

    public boolean supervisionMonth(SupervisionReport.Line line) {
        return line.referrals() >= minimum;
    }

    public boolean supervisionTotal(SupervisionReport.Line line) {
        return line.referrals() >= minimum;
    }

    public boolean ward(SupervisionReport.DepartmentLine ward) {
        return ward.line().referrals() >= minimum;
    }

    /** The wards merged into one line "other wards" (none here: every ward has its own line). */
    Set<Long> mergedWards() {
        return Collections.emptySet();
    }

    public boolean otherWards(SupervisionReport.Line line) {
        return false;
    }

    public boolean yearCourses(YearlyTables.Year year) {
        return year.courses() >= minimum;
    }

    public boolean yearBaseline(YearlyTables.Year year) {
        return year.baseline().shown(minimum);
    }

    public boolean yearConsent(YearlyTables.Year year) {
        return year.consent().shown(minimum);
    }

    /** A follow-up line of a year: {@code form} is Eval, Opioid or total (both together). */
    public boolean followUp(YearlyTables.Year year, String form) {
        return followUpCount(year, form).shown(minimum);
    }

    /** The coverage table's counts of registered courses (courses, patients, not eligible, reserved, ...). */
    public boolean coverageCounts(Coverage coverage) {
        return coverage.courses() >= minimum;
    }

    /** Coverage before or after reservation, among the eligible courses. */
    public boolean coverageShare(Coverage coverage, Count share) {
        return share.shown(minimum);
    }

    public boolean reservedEligible(Coverage coverage) {
        return coverageCounts(coverage);
    }

    static Count followUpCount(YearlyTables.Year year, String form) {
        return switch (form) {
            case "Eval" -> year.eval();
            case "Opioid" -> year.opioid();
            default -> year.followUp();
        };
    }
}
