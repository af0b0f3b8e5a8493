package no.smertereg.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the server and the JVM did beside a timed stretch: checkpoints and the buffers they wrote, buffers the
 * backends had to write themselves, WAL, blocks read from outside shared_buffers, and the collector's pauses. A tail
 * that moves between runs with the same statements shows up here, not in the statements' plans; the tables whose
 * blocks (heap, indexes and TOAST, read or hit) were touched most say which statements grew.
 */
final class ServerActivity {

    private static final String COUNTERS = "select b.checkpoints_timed + b.checkpoints_req, b.buffers_checkpoint,"
            + " b.buffers_backend, b.buffers_clean, w.wal_bytes::bigint, w.wal_sync, d.blks_read, d.blks_hit"
            + " from pg_stat_bgwriter b, pg_stat_wal w, pg_stat_database d where d.datname = current_database()";

    private static final String TABLES = "select relname, heap_blks_read + heap_blks_hit + coalesce(idx_blks_read, 0)"
            + " + coalesce(idx_blks_hit, 0) + coalesce(toast_blks_read, 0) + coalesce(toast_blks_hit, 0)"
            + " + coalesce(tidx_blks_read, 0) + coalesce(tidx_blks_hit, 0) from pg_statio_user_tables";

    private static final int TOP_TABLES = 8;

    record Snapshot(long[] server, long gcCount, long gcMillis, Map<String, Long> tables) {
    }

    private ServerActivity() {
    }

    static Snapshot take(JdbcTemplate jdbc) {
        long[] server = jdbc.queryForObject(COUNTERS, (rs, n) -> {
            long[] values = new long[8];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(i + 1);
            }
            return values;
        });
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        Map<String, Long> tables = new HashMap<>();
        jdbc.query(TABLES, rs -> {
            tables.put(rs.getString(1), rs.getLong(2));
        });
        return new Snapshot(server, count, millis, tables);
    }

    /** The counters' growth since {@code start}; the database's block counters lag by the statistics' flush. */
    static Map<String, Object> since(JdbcTemplate jdbc, Snapshot start) {
        Snapshot end = take(jdbc);
        long[] d = new long[end.server().length];
        for (int i = 0; i < d.length; i++) {
            d[i] = end.server()[i] - start.server()[i];
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("checkpoints", d[0]);
        map.put("buffersWrittenByCheckpoints", d[1]);
        map.put("buffersWrittenByBackends", d[2]);
        map.put("buffersWrittenByBgwriter", d[3]);
        map.put("walMiB", Report.round(d[4] / 1048576.0));
        map.put("walSyncs", d[5]);
        map.put("blocksRead", d[6]);
        map.put("blocksHit", d[7]);
        map.put("gcPauses", end.gcCount() - start.gcCount());
        map.put("gcMillis", end.gcMillis() - start.gcMillis());
        map.put("blocksByTable", busiestTables(start.tables(), end.tables()));
        return map;
    }

    private static Map<String, Long> busiestTables(Map<String, Long> start, Map<String, Long> end) {
        Map<String, Long> busiest = new LinkedHashMap<>();
        end.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - start.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(TOP_TABLES).forEach(e -> busiest.put(e.getKey(), e.getValue()));
        return busiest;
    }
}
