package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.EvalSpm3;
import static no.smertereg.reports.ReportColumn.InklKritOppf;
import static no.smertereg.reports.ReportColumn.InklusjonStatus;
import static no.smertereg.reports.ReportColumn.InnlAvd;
import static no.smertereg.reports.ReportColumn.PasdelUtfylEval;
import static no.smertereg.reports.ReportColumn.PasdelUtfylOpioid;
import static no.smertereg.reports.ReportColumn.Reservasjonsstatus;
import static no.smertereg.reports.ReportColumn.SkriftligSamtyk;
import static no.smertereg.reports.ReportColumn.StartdatoTO;
import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Which figures the page shows: with patient-level access the minimum rule as before; without it (ADR 0009) also
 * each month of a figure's population none or at least the minimum, and complements hidden.
 */
class ReportDisclosureTest {

    private static final int MINIMUM = 5;

    @Test
    void withPatientLevelAccessOnlyTheMinimumRule() {
        Disclosure disclosure = new Disclosure(MINIMUM);
        List<CourseRow> rows = satisfied("2026-01-10", 12);
        rows.addAll(satisfied("2026-02-10", 1));

        assertThat(disclosure.indicator(Indicator.SATISFIED, Indicators.count(rows, Indicator.SATISFIED,
                Variant.LOCAL))).as("13 courses, one of them alone in February").isTrue();
        assertThat(disclosure.indicator(Indicator.SATISFIED, new Count(2, 4))).isFalse();
        assertThat(disclosure.courses()).isTrue();
        assertThat(disclosure.monthRule()).isFalse();
        assertThat(disclosure.mergedWards()).isEmpty();
    }

    @Test
    void anIndicatorWithASmallMonthIsHidden_withoutItShown() {
        List<CourseRow> rows = satisfied("2026-01-10", 12);
        rows.addAll(satisfied("2026-02-10", 1));
        Count count = Indicators.count(rows, Indicator.SATISFIED, Variant.LOCAL);

        FiguresOnlyDisclosure withFebruary = figuresOnly(rows);
        FiguresOnlyDisclosure january = figuresOnly(rows.subList(0, 12));

        assertThat(withFebruary.indicator(Indicator.SATISFIED, count)).isFalse();
        assertThat(withFebruary.courses()).isFalse();
        assertThat(january.indicator(Indicator.SATISFIED, new Count(12, 12))).isTrue();
        assertThat(january.courses()).isTrue();
        assertThat(withFebruary.indicator(Indicator.MULTI_PROFESSION, Count.ZERO))
                .as("an empty population is safe, but still shown as – (no share)").isFalse();
    }

    @Test
    void aFollowUpTotalIsNeverTheComplementOfAHiddenForm() {
        List<CourseRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row(StartdatoTO, date("2026-03-02"), PasdelUtfylEval, 1, PasdelUtfylOpioid, i < 2 ? 1 : null));
        }
        YearlyTables.Year year = YearlyTables.of(rows).get(0);
        FiguresOnlyDisclosure disclosure = figuresOnly(rows);

        assertThat(year.followUp()).isEqualTo(new Count(8, 8));
        assertThat(disclosure.followUp(year, "Eval")).isTrue();
        assertThat(disclosure.followUp(year, "Opioid")).isFalse();
        assertThat(disclosure.followUp(year, "total")).as("8 - Eval's 6 would be Opioid's 2").isFalse();
        assertThat(new Disclosure(MINIMUM).followUp(year, "total")).as("with patient-level access as before")
                .isTrue();
        assertThat(disclosure.eprom(EpromResponse.of(rows).get(3))).as("Opioid in the ePROM table").isFalse();
    }

    @Test
    void coverageAmongTheEligibleGoesWithTheEligible_itsCountsWithTheReportsCourses() {
        List<CourseRow> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(row(StartdatoTO, date("2026-04-01"), InklKritOppf, i < 3 ? 1 : 0, InklusjonStatus, 1,
                    Reservasjonsstatus, 0));
        }
        Coverage coverage = Coverage.of(rows);
        FiguresOnlyDisclosure disclosure = figuresOnly(rows);

        assertThat(disclosure.coverageCounts(coverage)).isTrue();
        assertThat(disclosure.coverageShare(coverage, coverage.beforeReservation())).isFalse();
        assertThat(disclosure.reservedEligible(coverage)).isFalse();
    }

    @Test
    void aWardWithOneCourseIsMergedWithTheSmallestOtherWardOfItsMonth_theirLineObeysTheMonthRule() {
        List<CourseRow> rows = new ArrayList<>();
        add(rows, 6, 10L, "2026-05-03");
        add(rows, 5, 20L, "2026-05-04");
        add(rows, 1, 30L, "2026-05-05");
        FiguresOnlyDisclosure disclosure = figuresOnly(rows);
        List<SupervisionReport.DepartmentLine> wards = SupervisionReport.perDepartment(rows);

        assertThat(disclosure.mergedWards()).containsExactlyInAnyOrder(20L, 30L);
        assertThat(disclosure.ward(wards.get(0))).isTrue();
        assertThat(disclosure.ward(wards.get(1))).as("5 courses, but the complement of ward 30").isFalse();
        SupervisionReport.Line other = SupervisionReport.total(rows.subList(6, 12));
        assertThat(disclosure.otherWards(other)).isTrue();
        assertThat(disclosure.supervisionTotal(SupervisionReport.total(rows))).isTrue();
        assertThat(new Disclosure(MINIMUM).ward(wards.get(1))).as("with patient-level access as before").isTrue();
    }

    @Test
    void aYearIsJudgedOnItsOwnMonths() {
        List<CourseRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row(StartdatoTO, date("2025-12-01"), SkriftligSamtyk, 1));
        }
        rows.add(row(StartdatoTO, date("2026-01-05"), SkriftligSamtyk, 0));
        List<YearlyTables.Year> years = YearlyTables.of(rows);
        FiguresOnlyDisclosure disclosure = figuresOnly(rows);

        assertThat(disclosure.yearCourses(years.get(0))).isTrue();
        assertThat(disclosure.yearConsent(years.get(0))).isTrue();
        assertThat(disclosure.yearCourses(years.get(1))).isFalse();
        assertThat(disclosure.courses()).isFalse();
    }

    private static FiguresOnlyDisclosure figuresOnly(List<CourseRow> rows) {
        return FiguresOnlyDisclosure.of(rows, Variant.LOCAL, MINIMUM);
    }

    private static List<CourseRow> satisfied(String start, int courses) {
        List<CourseRow> rows = new ArrayList<>();
        for (int i = 0; i < courses; i++) {
            rows.add(row(StartdatoTO, date(start), EvalSpm3, 5));
        }
        return rows;
    }

    private static void add(List<CourseRow> rows, int courses, Long ward, String start) {
        for (int i = 0; i < courses; i++) {
            rows.add(row(InnlAvd, ward, StartdatoTO, date(start)));
        }
    }
}
