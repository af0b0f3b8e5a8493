package no.smertereg.bench;

import java.io.File;
import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The run's JSON (target/benchmarks/<timestamp>.json and stdout) and the short table. */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100.0) / 100.0 : value;
    }

    static File write(Map<String, Object> report, String directory, String stamp) throws IOException {
        File dir = new File(directory);
        dir.mkdirs();
        File file = new File(dir, stamp + ".json");
        JSON.writeValue(file, report);
        System.out.println(JSON.writeValueAsString(report));
        return file;
    }

    static void table(Map<String, Object> r) {
        StringBuilder t = new StringBuilder("\n| figure | value |\n| --- | --- |\n");
        row(t, "machine", path(r, "machine.cores") + " cores, " + path(r, "machine.memTotalMiB") + " MiB, "
                + path(r, "machine.java"));
        row(t, "PostgreSQL", path(r, "postgres.kind") + ", synchronous_commit=" + path(r,
                "postgres.settings.synchronous_commit") + ", fsync=" + path(r, "postgres.settings.fsync"));
        row(t, "pgbench TPC-B tps (1 / 2 clients)", path(r, "pgbench.tpcb_c1.tps") + " / "
                + path(r, "pgbench.tpcb_c2.tps"));
        row(t, "(a) year: courses, wall s, courses/s", path(r, "year.measured.courses") + ", "
                + path(r, "year.measured.seconds") + ", " + path(r, "year.measured.coursesPerSecond"));
        row(t, "(a) transactions/course, KiB/course, heap MiB", path(r, "year.measured.transactionsPerCourse")
                + ", " + path(r, "year.measured.dbGrowthKiBPerCourse") + ", " + path(r, "year.heapAfterGcMiB"));
        row(t, "(d) bare: wall s, transactions/course", path(r, "bare.measured.seconds") + ", "
                + path(r, "bare.measured.transactionsPerCourse"));
        row(t, "(a)/(d) per course: wall, transactions (target wall <= 1.2)", path(r, "ratios.wallPerCourse")
                + ", " + path(r, "ratios.transactionsPerCourse"));
        row(t, "(b) 16:30 batch: forms, s to ledger, s to SMTP (target < 120)", path(r, "dispatch.forms") + ", "
                + path(r, "dispatch.allSentInLedgerSeconds") + ", " + path(r, "dispatch.allMailsAtSmtpSeconds"));
        row(t, "(c) worklist p50 / p95 ms", path(r, "worklist.p50Ms") + " / " + path(r, "worklist.p95Ms") + " "
                + path(r, "worklist.status"));
        Object completion = r.get("completion");
        if (completion instanceof Map<?, ?> sizes) {
            sizes.forEach((size, cell) -> {
                if (cell instanceof Map<?, ?>) {
                    String key = "completion." + size;
                    row(t, "complete task, " + path(r, key + ".openTasks") + " open: p50/p95 ms without / with index",
                            path(r, key + ".withoutIndex.p50Ms") + "/" + path(r, key + ".withoutIndex.p95Ms") + " / "
                                    + path(r, key + ".withIndex.p50Ms") + "/" + path(r, key + ".withIndex.p95Ms"));
                }
            });
        }
        System.out.println(t);
    }

    private static void row(StringBuilder t, String name, String value) {
        t.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }

    static String path(Map<String, Object> root, String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return "-";
            }
            node = map.get(key);
        }
        return node == null ? "-" : node.toString();
    }
}
