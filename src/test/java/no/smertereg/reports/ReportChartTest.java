package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The monthly line: a missing or hidden month breaks it; one month alone is a dot in the middle. */
class ReportChartTest {

    @Test
    void missingMonthsBreakTheLineAndEveryShownMonthIsADot() {
        assertThat(ReportChart.segments(Arrays.asList(1.0, 0.5, null, 0.0, 0.25)))
                .containsExactly("0.0,0.0 75.0,50.0", "225.0,100.0 300.0,75.0");
        assertThat(ReportChart.points(Arrays.asList(1.0, null, 0.0))).containsExactly(
                new ReportChart.Point(0, 0), new ReportChart.Point(300, 100));
        assertThat(ReportChart.points(Arrays.asList(0.5))).containsExactly(new ReportChart.Point(150, 50));
        assertThat(ReportChart.segments(Arrays.asList((Double) null))).isEmpty();
    }

    @Test
    void overTwoYearsOnlyAMonthAloneHasADot_theLinesStayWhole() {
        List<Double> shares = new java.util.ArrayList<>(java.util.Collections.nCopies(120, 0.5));
        shares.set(10, null);
        shares.set(12, null);

        List<ReportChart.Point> dots = ReportChart.dots(shares);

        assertThat(dots).as("month 11, alone between two gaps").singleElement()
                .satisfies(dot -> assertThat(dot.x()).isEqualTo(27.7));
        assertThat(ReportChart.segments(shares)).hasSize(3);
        assertThat(ReportChart.dots(shares.subList(0, 24))).as("two years: a dot per month shown").hasSize(22);
    }

    @Test
    void nationallyEachHospitalHasItsOwnLine_hospitalMonthsBelowTheMinimumAreLeftOut() {
        YearMonth jan = YearMonth.of(2026, 1);
        YearMonth feb = YearMonth.of(2026, 2);
        YearMonth mar = YearMonth.of(2026, 3);
        SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospital = new TreeMap<>();
        // Hospital A: January 3 of 6 (50 %), February 1 of 4 (hidden: below 5), March 6 of 6 (100 %).
        perHospital.put("A", new TreeMap<>(Map.of(jan, Map.of(Indicator.SATISFIED, new Count(3, 6)),
                feb, Map.of(Indicator.SATISFIED, new Count(1, 4)), mar, Map.of(Indicator.SATISFIED, new Count(6, 6)))));
        // Hospital B: only 2 of 4 in January: no month shown, so no line.
        perHospital.put("B", new TreeMap<>(Map.of(jan, Map.of(Indicator.SATISFIED, new Count(2, 4)))));
        // Hospital C: February 0 of 5 (0 %).
        perHospital.put("C", new TreeMap<>(Map.of(feb, Map.of(Indicator.SATISFIED, new Count(0, 5)))));

        List<ReportChart.Series> lines = ReportChart.hospitalLines(List.of(jan, feb, mar), perHospital, 5)
                .get(Indicator.SATISFIED);

        assertThat(lines).extracting(ReportChart.Series::resh).containsExactly("A", "C");
        assertThat(lines.get(0).segments()).as("February hidden breaks A's line").containsExactly("0.0,50.0",
                "300.0,0.0");
        assertThat(lines.get(0).points()).hasSize(2);
        assertThat(lines.get(1).points()).containsExactly(new ReportChart.Point(150, 100));
        assertThat(lines.get(0).colour()).isEqualTo(ReportChart.COLOURS.get(0));
        assertThat(lines.get(1).colour()).as("C keeps the third colour although B has no line")
                .isEqualTo(ReportChart.COLOURS.get(2));
    }

    @Test
    void afterEightHospitalsTheColoursRepeatWithADashedLine() {
        SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospital = new TreeMap<>();
        YearMonth jan = YearMonth.of(2026, 1);
        for (int h = 0; h < 9; h++) {
            perHospital.put("H" + h, new TreeMap<>(Map.of(jan, Map.of(Indicator.MULTI_PROFESSION, new Count(5, 5)))));
        }
        List<ReportChart.Series> lines = ReportChart.hospitalLines(List.of(jan), perHospital, 5)
                .get(Indicator.MULTI_PROFESSION);
        assertThat(lines).hasSize(9);
        assertThat(lines.get(8).colour()).isEqualTo(lines.get(0).colour());
        assertThat(lines.get(8).dash()).isNotEqualTo(lines.get(0).dash());
    }
}
