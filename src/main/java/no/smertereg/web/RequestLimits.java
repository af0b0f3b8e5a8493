package no.smertereg.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.RegistryClock;

/**
 * Attempts per key (a client address, an account) in a fixed window, counted in the database: the limit holds
 * across sessions and nodes, and the row lock of the counting update makes parallel attempts count one by one. An
 * attempt is counted before the request is handled, in a transaction of its own, so a request that fails later
 * still counts. A client address is counted by its {@link ClientAddress#limitKey key}. Every hour, rows whose window
 * started more than a day ago are deleted: they count nothing any more as long as every window is shorter than a day
 * (the longest today is an hour).
 */
@Component
public class RequestLimits {

    static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final RegistryClock clock;

    RequestLimits(JdbcTemplate jdbc, PlatformTransactionManager transactions, RegistryClock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Counts one attempt under {@code key} and says whether it was within {@code max} in the window. */
    public boolean tryAcquire(String key, int max, Duration window) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Integer hits = ownTransaction.execute(status -> count(key, window));
                return hits != null && hits <= max;
            } catch (DuplicateKeyException raced) {
                // another node inserted the key's first row at the same moment: count again, now as an update
            }
        }
        throw new IllegalStateException("Request limit " + key + " could not be counted");
    }

    /** Takes back one attempt (one that turned out well, where only failures should count). */
    public void release(String key) {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "update request_limit set hits = hits - 1 where limit_key = ? and hits > 0", key));
    }

    @Scheduled(cron = "0 0 * * * *")
    void removeExpired() {
        jdbc.update("delete from request_limit where window_start < ?", Timestamp.from(clock.now().minus(KEPT)));
    }

    private int count(String key, Duration window) {
        Instant now = clock.now();
        Timestamp at = Timestamp.from(now);
        Timestamp expired = Timestamp.from(now.minus(window));
        int updated = jdbc.update("update request_limit set hits = case when window_start <= ? then 1 else hits + 1 "
                + "end, window_start = case when window_start <= ? then ? else window_start end where limit_key = ?",
                expired, expired, at, key);
        if (updated == 0) {
            jdbc.update("insert into request_limit (limit_key, window_start, hits) values (?, ?, 1)", key, at);
        }
        return jdbc.queryForObject("select hits from request_limit where limit_key = ?", Integer.class, key);
    }
}
