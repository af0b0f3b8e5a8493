package no.smertereg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pgbench against the same server, in the same run, as in perf-anchors.md §1: {@code -i -s 10}, then TPC-B-like
 * with 1 and 2 clients, {@code -M prepared}. The commit floor of the machine: read the application's figures
 * against it. Null with the reason when there is no pgbench binary.
 */
final class PgBench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

    private PgBench() {
    }

    static Map<String, Object> run(BenchDatabase db, int seconds) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        String binary = binary();
        if (binary == null) {
            result.put("skipped", "no pgbench binary on PATH or in /usr/lib/postgresql/*/bin");
            return result;
        }
        String database = db.database + "_pgbench";
        db.execute("drop database if exists " + database + " with (force)");
        db.execute("create database " + database);
        try {
            long start = System.nanoTime();
            pgbench(binary, db, database, List.of("-i", "-q", "-s", "10"));
            result.put("initSeconds", Report.round((System.nanoTime() - start) / 1e9));
            psql(db, database);
            result.put("scale", 10);
            result.put("seconds", seconds);
            result.put("binary", binary);
            for (int clients : new int[] {1, 2}) {
                String out = pgbench(binary, db, database, List.of("-c", "" + clients, "-j", "" + clients, "-T",
                        "" + seconds, "-M", "prepared"));
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("tps", group(TPS, out));
                cell.put("latencyMs", group(LATENCY, out));
                result.put("tpcb_c" + clients, cell);
            }
        } finally {
            db.execute("drop database if exists " + database + " with (force)");
        }
        return result;
    }

    private static void psql(BenchDatabase db, String database) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(db.url(database), db.user, db.password);
                var s = c.createStatement()) {
            s.execute("vacuum analyze");
        }
    }

    private static String pgbench(String binary, BenchDatabase db, String database, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary, "-h", db.host, "-p", "" + db.port, "-U", db.user));
        command.addAll(args);
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (!db.password.isEmpty()) {
            builder.environment().put("PGPASSWORD", db.password);
        }
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench " + args + " failed: " + out);
        }
        return out;
    }

    private static Double group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Report.round(Double.parseDouble(m.group(1))) : null;
    }

    private static String binary() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "pgbench").canExecute()) {
                return new File(dir, "pgbench").getPath();
            }
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            for (File version : versions) {
                File candidate = new File(version, "bin/pgbench");
                if (candidate.canExecute()) {
                    return candidate.getPath();
                }
            }
        }
        return null;
    }
}
