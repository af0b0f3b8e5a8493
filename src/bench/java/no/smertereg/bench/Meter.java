package no.smertereg.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time, SQL transactions and database growth of a phase, read as perf-anchors.md §2.1 reads them: the pool's
 * connections are soft-evicted and the reading waits 1.5 s, because backends flush their statistics when they go
 * idle or exit; the count comes from pg_stat_database (commits plus rollbacks, read-only queries included).
 */
final class Meter {

    record Mark(long nanos, long transactions, long size) {
    }

    record Reading(double seconds, long transactions, long sizeBytes, long growthBytes) {

        Map<String, Object> toMap(int count, String plural, String singular) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("seconds", Report.round(seconds));
            map.put(plural, count);
            map.put(plural + "PerSecond", seconds == 0 ? null : Report.round(count / seconds));
            map.put("transactions", transactions);
            map.put("transactionsPer" + singular, count == 0 ? null : Report.round((double) transactions / count));
            map.put("transactionsPerSecond", seconds == 0 ? null : Report.round(transactions / seconds));
            map.put("dbSizeMiB", Report.round(sizeBytes / 1048576.0));
            map.put("dbGrowthMiB", Report.round(growthBytes / 1048576.0));
            map.put("dbGrowthKiBPer" + singular, count == 0 ? null : Report.round(growthBytes / 1024.0 / count));
            return map;
        }
    }

    private final BenchDatabase db;
    private final BenchApp app;

    Meter(BenchDatabase db, BenchApp app) {
        this.db = db;
        this.app = app;
    }

    Mark mark() throws SQLException {
        settle();
        return new Mark(System.nanoTime(), db.transactions(), db.size());
    }

    Reading since(Mark start) throws SQLException {
        long end = System.nanoTime();
        settle();
        long size = db.size();
        return new Reading((end - start.nanos()) / 1e9, db.transactions() - start.transactions(), size,
                size - start.size());
    }

    private void settle() {
        if (app != null) {
            app.evictConnections();
        }
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
