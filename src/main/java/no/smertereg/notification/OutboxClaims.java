package no.smertereg.notification;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.DatabaseProduct;
import no.smertereg.shared.RegistryClock;

/**
 * What a sender writes while it works through a claimed batch, each in a short transaction of its own (never joined
 * to a caller's): the mail just accepted is marked sent (its address and text forgotten) and the claim on the next
 * one renewed, so no claim runs out while its sender still works and a dead sender leaves at most the one mail it
 * had handed over unmarked. Claims are named by a token per batch, so a sender renews and releases its own only. On
 * PostgreSQL these commits do not wait for the disk ({@code synchronous_commit = off} for them alone): visible to
 * every node at once; only a crash of the database server itself within a fraction of a second could lose a mark.
 */
final class OutboxClaims {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final RegistryClock clock;
    private final boolean postgres;

    OutboxClaims(JdbcTemplate jdbc, TransactionTemplate transactions, RegistryClock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
    }

    /**
     * Marks {@code sent} (if not null) sent and renews the claim on {@code next} (if not null); whether {@code next}
     * is still this batch's to send.
     */
    boolean markAndRenew(Long sent, Long next, String token) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            if (postgres) {
                jdbc.execute("set local synchronous_commit = off");
            }
            if (sent != null) {
                jdbc.update("update notification_outbox set sent_at = ?, recipient = '', body = '', "
                        + "version = version + 1 where id = ? and sent_at is null",
                        clock.now().atOffset(ZoneOffset.UTC), sent);
            }
            return next != null && jdbc.update("update notification_outbox set claimed_at = current_timestamp, "
                    + "version = version + 1 where id = ? and claimed_by = ? and sent_at is null", next, token) == 1;
        }));
    }

    /** The batch's notices it had no time for: any sender may claim them at once. */
    void release(List<Long> ids, String token) {
        if (ids.isEmpty()) {
            return;
        }
        List<Object> arguments = new ArrayList<>(List.of(token));
        arguments.addAll(ids);
        ownTransaction.executeWithoutResult(status -> jdbc.update("update notification_outbox set claimed_at = null, "
                + "claimed_by = null, version = version + 1 where sent_at is null and claimed_by = ? and id in ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")", arguments.toArray()));
    }
}
