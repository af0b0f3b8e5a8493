package no.smertereg.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The monthly line of each indicator as SVG polyline points (no script needed, CSP-safe): the unit's shares locally,
 * the Snitt (mean of hospital shares) nationally. Months hidden for small numbers or without a share break the line.
 */
final class ReportChart {

    static final int WIDTH = 300;
    static final int HEIGHT = 100;

    /** One indicator's chart: polyline segments, each a list of "x,y" points, and a dot per month shown. */
    record Line(List<String> segments, List<Point> points) {
    }

    /** A month's share in chart coordinates (x to the right, y down from the top at 100 %). */
    record Point(double x, double y) {
    }

    private ReportChart() {
    }

    static Map<Indicator, Line> lines(ReportService.Report report) {
        Map<Indicator, Line> lines = new EnumMap<>(Indicator.class);
        List<YearMonth> months = report.months();
        for (Indicator indicator : Indicator.values()) {
            List<Double> shares = new ArrayList<>();
            for (YearMonth month : months) {
                shares.add(share(report, indicator, month));
            }
            lines.put(indicator, new Line(segments(shares), points(shares)));
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
        return count == null || !count.shown(report.minimumCourses()) ? null : count.share();
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
