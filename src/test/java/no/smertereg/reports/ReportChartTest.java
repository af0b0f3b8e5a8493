package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

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
}
