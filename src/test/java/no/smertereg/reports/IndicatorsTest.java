package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.AvdRESH;
import static no.smertereg.reports.ReportColumn.EvalSpm3;
import static no.smertereg.reports.ReportColumn.StartdatoTO;
import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Grouping per calendar month and per hospital, and the national Snitt as the unweighted mean of shares. */
class IndicatorsTest {

    private static final String HAUKELAND = "100082";
    private static final String AHUS = "100089";
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    private static CourseRow eval(String resh, String start, int evalSpm3) {
        return row(AvdRESH, resh, StartdatoTO, date(start), EvalSpm3, evalSpm3);
    }

    @Test
    void monthIsTheCalendarMonthOfStartdatoTO() {
        List<CourseRow> rows = List.of(eval(HAUKELAND, "2026-01-01", 5), eval(HAUKELAND, "2026-01-31", 1),
                eval(HAUKELAND, "2026-02-01", 4));
        Map<YearMonth, Map<Indicator, Count>> months = Indicators.perMonth(rows, Variant.LOCAL);
        assertThat(months.keySet()).containsExactly(JAN, FEB);
        assertThat(months.get(JAN).get(Indicator.SATISFIED)).isEqualTo(new Count(1, 2));
        assertThat(months.get(FEB).get(Indicator.SATISFIED)).isEqualTo(new Count(1, 1));
    }

    @Test
    void perHospitalSeparatesUnits() {
        List<CourseRow> rows = List.of(eval(HAUKELAND, "2026-01-05", 5), eval(AHUS, "2026-01-05", 2),
                eval(AHUS, "2026-01-06", 4));
        Map<String, Map<Indicator, Count>> hospitals = Indicators.perHospital(rows, Variant.NATIONAL);
        assertThat(hospitals.get(HAUKELAND).get(Indicator.SATISFIED)).isEqualTo(new Count(1, 1));
        assertThat(hospitals.get(AHUS).get(Indicator.SATISFIED)).isEqualTo(new Count(1, 2));
    }

    @Test
    void snittIsTheUnweightedMeanOfHospitalMonthlySharesNotThePooledShare() {
        // January: Haukeland 1 of 1 (1.0), Ahus 1 of 4 (0.25). Pooled would be 2/5 = 0.4; Snitt is (1.0 + 0.25) / 2.
        // February: only Ahus has Eval answers, 2 of 2: Snitt 1.0 (Haukeland without a denominator is not a zero).
        List<CourseRow> rows = List.of(
                eval(HAUKELAND, "2026-01-10", 5),
                eval(AHUS, "2026-01-03", 4), eval(AHUS, "2026-01-04", 3), eval(AHUS, "2026-01-05", 2),
                eval(AHUS, "2026-01-06", 9),
                eval(AHUS, "2026-02-01", 5), eval(AHUS, "2026-02-02", 4),
                row(AvdRESH, HAUKELAND, StartdatoTO, date("2026-02-03")));
        Map<YearMonth, Map<Indicator, Double>> snitt = Indicators.snitt(rows, Variant.NATIONAL);
        assertThat(snitt.get(JAN).get(Indicator.SATISFIED)).isCloseTo(0.625, within(1e-9));
        assertThat(snitt.get(FEB).get(Indicator.SATISFIED)).isCloseTo(1.0, within(1e-9));
        assertThat(Indicators.count(rows.subList(0, 5), Indicator.SATISFIED, Variant.NATIONAL).share())
                .isCloseTo(0.4, within(1e-9));
        assertThat(snitt.get(JAN)).doesNotContainKey(Indicator.IMPROVED_FUNCTION);
    }

    @Test
    void snittUsesTheVariantGiven() {
        // One hospital, one unchanged NRS: nationally 0 of 1, locally no denominator at all.
        List<CourseRow> rows = List.of(row(AvdRESH, AHUS, ReportColumn.StSmBev12, 4, ReportColumn.StSmBev21, 4));
        assertThat(Indicators.snitt(rows, Variant.NATIONAL).get(JAN).get(Indicator.NRS_ST_BEV)).isZero();
        assertThat(Indicators.snitt(rows, Variant.LOCAL).get(JAN)).doesNotContainKey(Indicator.NRS_ST_BEV);
    }

    @Test
    void shareAndSmallNumbers() {
        assertThat(new Count(1, 4).share()).isEqualTo(0.25);
        assertThat(Count.ZERO.share()).isNull();
        assertThat(new Count(1, 4).shown(5)).isFalse();
        assertThat(new Count(1, 5).shown(5)).isTrue();
        assertThatThrownBy(() -> new Count(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRowRefusesAValueOfTheWrongTypeForItsColumn() {
        assertThatThrownBy(() -> CourseRow.builder().with(ReportColumn.Tilsett, "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CourseRow.builder().with(ReportColumn.ForlopsID, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
