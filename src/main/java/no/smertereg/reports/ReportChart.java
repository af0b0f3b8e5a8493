package no.smertereg.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The monthly line of each indicator as SVG polyline points (no script needed, CSP-safe): the unit's shares locally,
 * the Snitt (mean of hospital shares) nationally, and nationally one line per hospital as well. Months hidden for
 * small numbers or without a share break the line.
 */
final class ReportChart {

    static final int WIDTH = 300;
    static final int HEIGHT = 100;
    /** Up to two years a dot marks every month; over longer periods only a month alone between gaps has one. */
    static final int DOT_EVERY_MONTH_UP_TO = 24;

    /**
     * One indicator's chart: polyline segments, each a list of "x,y" points, and the dots: one per month shown up to
     * {@value #DOT_EVERY_MONTH_UP_TO} months, else only for a month shown alone (which no segment draws).
     */
    record Line(List<String> segments, List<Point> points) {
    }

    /** A month's share in chart coordinates (x to the right, y down from the top at 100 %). */
    record Point(double x, double y) {
    }

    /**
     * One hospital's monthly line in a national chart: its RESH, colour and dash pattern (the same for the hospital
     * in every chart), and the line and dots of its months with at least the minimum denominator.
     */
    record Series(String resh, String colour, String dash, List<String> segments, List<Point> points) {
    }

    /** Okabe-Ito colours (told apart with colour-blindness too); after eight hospitals, dashed lines. */
    static final List<String> COLOURS = List.of("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#0072B2", "#D55E00",
            "#F0E442", "#999999");
    static final List<String> DASHES = List.of("none", "6 4", "2 3");

    private ReportChart() {
    }

    /**
     * Nationally, one line per hospital and indicator from its monthly counts. A hospital-month whose denominator is
     * below the minimum is left out (the line breaks there); a hospital with no month shown has no line.
     */
    static Map<Indicator, List<Series>> hospitalLines(List<YearMonth> months,
            SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospitalAndMonth, int minimumCourses) {
        Map<Indicator, List<Series>> charts = new EnumMap<>(Indicator.class);
        List<String> hospitals = new ArrayList<>(perHospitalAndMonth.keySet());
        for (Indicator indicator : Indicator.values()) {
            List<Series> series = new ArrayList<>();
            for (int h = 0; h < hospitals.size(); h++) {
                SortedMap<YearMonth, Map<Indicator, Count>> hospital = perHospitalAndMonth.get(hospitals.get(h));
                List<Double> shares = new ArrayList<>();
                for (YearMonth month : months) {
                    Map<Indicator, Count> counts = hospital.get(month);
                    Count count = counts == null ? null : counts.get(indicator);
                    shares.add(count == null || !count.shown(minimumCourses) ? null : count.share());
                }
                if (!points(shares).isEmpty()) {
                    series.add(new Series(hospitals.get(h), COLOURS.get(h % COLOURS.size()),
                            DASHES.get(h / COLOURS.size() % DASHES.size()), segments(shares), dots(shares)));
                }
            }
            charts.put(indicator, List.copyOf(series));
        }
        return charts;
    }

    static Map<Indicator, Line> lines(ReportService.Report report) {
        Map<Indicator, Line> lines = new EnumMap<>(Indicator.class);
        List<YearMonth> months = report.months();
        for (Indicator indicator : Indicator.values()) {
            List<Double> shares = new ArrayList<>();
            for (YearMonth month : months) {
                shares.add(share(report, indicator, month));
            }
            lines.put(indicator, new Line(segments(shares), dots(shares)));
        }
        return lines;
    }

    private static Double share(ReportService.Report report, Indicator indicator, YearMonth month) {
        if (report.scope().national()) {
            Map<Indicator, Double> snitt = report.snitt().get(month);
            return snitt == null ? null : snitt.get(indicator);
        }
        Map<Indicator, Count> counts = report.perMonth().get(month);
        Count count = counts == null ? null : counts.get(indicator);
        return report.disclosure().indicatorMonth(indicator, count) ? count.share() : null;
    }

    static List<String> segments(List<Double> shares) {
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < shares.size(); i++) {
            Point point = point(shares, i);
            if (point == null) {
                flush(segments, current);
                continue;
            }
            current.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
        }
        flush(segments, current);
        return segments;
    }

    static List<Point> points(List<Double> shares) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            Point point = point(shares, i);
            if (point != null) {
                points.add(point);
            }
        }
        return points;
    }

    /** The dots of a chart (see {@link Line}): a ten-year chart of 20 hospitals would otherwise draw 48,000. */
    static List<Point> dots(List<Double> shares) {
        if (shares.size() <= DOT_EVERY_MONTH_UP_TO) {
            return points(shares);
        }
        List<Point> dots = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            boolean alone = (i == 0 || shares.get(i - 1) == null) && (i == shares.size() - 1
                    || shares.get(i + 1) == null);
            Point point = point(shares, i);
            if (point != null && alone) {
                dots.add(point);
            }
        }
        return dots;
    }

    private static Point point(List<Double> shares, int i) {
        Double share = shares.get(i);
        if (share == null) {
            return null;
        }
        double x = shares.size() == 1 ? WIDTH / 2.0 : i * (double) WIDTH / (shares.size() - 1);
        return new Point(Math.round(x * 10) / 10.0, Math.round((HEIGHT - share * HEIGHT) * 10) / 10.0);
    }

    private static void flush(List<String> segments, StringBuilder current) {
        if (!current.isEmpty()) {
            segments.add(current.toString().strip());
            current.setLength(0);
        }
    }
}
