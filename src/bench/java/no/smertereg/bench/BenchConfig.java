package no.smertereg.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run's settings, from system properties (the Maven profile {@code bench} passes them on; see
 * docs/benchmarks.md). Defaults are the full-size run of issue 8.
 */
record BenchConfig(int courses, int weeks, int warmup, int threads, int sends, int smallTasks, int largeTasks,
        int completions, int pgbenchSeconds, Set<String> phases, String jdbcUrl, String user, String password,
        String database, boolean keepDatabase, List<String> springArgs, String output) {

    static BenchConfig fromSystemProperties() {
        return new BenchConfig(integer("bench.courses", 30_000), integer("bench.weeks", 52),
                integer("bench.warmup", 300), integer("bench.threads", 2), integer("bench.sends", 10_000),
                integer("bench.tasks.small", 1_000), integer("bench.tasks.large", 100_000),
                integer("bench.completions", 300), integer("bench.pgbench.seconds", 30),
                Arrays.stream(text("bench.phases", "pgbench,year,bare,dispatch,completion,worklist,reports").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet()),
                text("bench.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                text("bench.jdbc.user", "postgres"), text("bench.jdbc.password", ""),
                text("bench.database", "smertereg_bench"), Boolean.parseBoolean(text("bench.keep-database", "false")),
                Arrays.stream(text("bench.spring", "").split("\\s+")).filter(s -> !s.isBlank()).toList(),
                text("bench.output", "target/benchmarks"));
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static int integer(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip().replace("_", ""));
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
