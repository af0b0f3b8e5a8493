package no.smertereg.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * (a) over (d) per course, and the run's figures beside the anchors of perf-anchors.md (2-core VM, PostgreSQL 15,
 * pgbench TPC-B 514.5 / 1,201.9 tps, bare skeleton 7.5 transactions per instance, 37.7 instances/s audit T=2).
 */
final class Ratios {

    static final double ANCHOR_TPCB_C1 = 514.5;
    static final double ANCHOR_TPCB_C2 = 1201.9;

    private Ratios() {
    }

    static Map<String, Object> of(Map<String, Object> report) {
        Map<String, Object> ratios = new LinkedHashMap<>();
        Double appWall = number(report, "year.measured.seconds");
        Double bareWall = number(report, "bare.measured.seconds");
        Double appTx = number(report, "year.measured.transactionsPerCourse");
        Double bareTx = number(report, "bare.measured.transactionsPerCourse");
        ratios.put("wallPerCourse", divide(appWall, bareWall));
        ratios.put("transactionsPerCourse", divide(appTx, bareTx));
        ratios.put("targetWallPerCourse", 1.2);
        Double wall = divide(appWall, bareWall);
        ratios.put("targetMet", wall == null ? null : wall <= 1.2);
        ratios.put("pgbenchC1VsAnchor", divide(number(report, "pgbench.tpcb_c1.tps"), ANCHOR_TPCB_C1));
        ratios.put("pgbenchC2VsAnchor", divide(number(report, "pgbench.tpcb_c2.tps"), ANCHOR_TPCB_C2));
        return ratios;
    }

    private static Double divide(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : Report.round(a / b);
    }

    static Double number(Map<String, Object> report, String path) {
        String value = Report.path(report, path);
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
