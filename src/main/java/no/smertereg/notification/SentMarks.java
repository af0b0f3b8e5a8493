package no.smertereg.notification;

import java.time.ZoneOffset;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.DatabaseProduct;
import no.smertereg.shared.RegistryClock;

/**
 * Marks one e-mail notice sent, in a transaction of its own, the moment the SMTP server has accepted it; the address
 * and the text are forgotten with it. On PostgreSQL the commit does not wait for the disk
 * ({@code synchronous_commit = off} for this transaction only): it is visible to every node at once, and only a crash
 * of the database server itself within a fraction of a second could lose the mark, and with it send the mail twice.
 */
final class SentMarks {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RegistryClock clock;
    private final boolean postgres;

    SentMarks(JdbcTemplate jdbc, TransactionTemplate transactions, RegistryClock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
    }

    void mark(long id) {
        transactions.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.execute("set local synchronous_commit = off");
            }
            jdbc.update("update notification_outbox set sent_at = ?, recipient = '', body = '', version = version + 1 "
                    + "where id = ? and sent_at is null", clock.now().atOffset(ZoneOffset.UTC), id);
        });
    }
}
