package no.smertereg.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Autovacuum's work, done by the harness when the server has autovacuum off (this machine kind's PostgreSQL does,
 * in conf.d/90-ci.conf). Without it the engine's runtime tables are never analysed, the planner keeps the statistics
 * of an empty table and message correlations scan every running instance's variables, which no production server
 * does. At the end of each simulated day it vacuums and analyses, by autovacuum's default thresholds (20 % dead rows
 * plus 50, or 20 % inserted rows plus 1,000 since the last vacuum, as PostgreSQL 13 and later do; 10 % changed rows
 * plus 50 for an analyse), the tables that need it. The vacuum after inserts is what sets the visibility map, which
 * index-only scans (a worklist's count, its page by start date) depend on. The time it takes is inside the measured
 * time.
 */
final class Upkeep {

    private final JdbcTemplate jdbc;
    private final boolean needed;
    private long vacuums;
    private long analyses;
    private long nanos;

    Upkeep(BenchApp app) {
        this.jdbc = app.bean(JdbcTemplate.class);
        this.needed = "off".equals(jdbc.queryForObject("show autovacuum", String.class));
    }

    void endOfDay() {
        if (!needed) {
            return;
        }
        long start = System.nanoTime();
        List<Map<String, Object>> tables = jdbc.queryForList("select schemaname, relname, n_live_tup, n_dead_tup, "
                + "n_mod_since_analyze, n_ins_since_vacuum from pg_stat_user_tables");
        for (Map<String, Object> table : tables) {
            long live = ((Number) table.get("n_live_tup")).longValue();
            long dead = ((Number) table.get("n_dead_tup")).longValue();
            long changed = ((Number) table.get("n_mod_since_analyze")).longValue();
            String name = "\"" + table.get("schemaname") + "\".\"" + table.get("relname") + "\"";
            long inserted = ((Number) table.get("n_ins_since_vacuum")).longValue();
            boolean vacuum = dead > 50 + 0.2 * live || inserted > 1_000 + 0.2 * live;
            boolean analyse = changed > 50 + 0.1 * live;
            if (vacuum) {
                jdbc.execute("vacuum " + (analyse ? "(analyze) " : "") + name);
                vacuums++;
            } else if (analyse) {
                jdbc.execute("analyze " + name);
            }
            if (analyse) {
                analyses++;
            }
        }
        nanos += System.nanoTime() - start;
    }

    Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("serverAutovacuum", !needed);
        report.put("harnessVacuums", vacuums);
        report.put("harnessAnalyses", analyses);
        report.put("harnessSeconds", Report.round(nanos / 1e9));
        return report;
    }
}
