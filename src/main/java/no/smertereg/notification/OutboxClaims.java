package no.smertereg.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(OutboxClaims.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final RegistryClock clock;
    private final boolean postgres;
    private final OutboxRetry retry;
    private final Duration claimTime;

    OutboxClaims(JdbcTemplate jdbc, TransactionTemplate transactions, RegistryClock clock, OutboxRetry retry,
            Duration claimTime) {
        this.jdbc = jdbc;
        this.retry = retry;
        this.claimTime = claimTime;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.postgres = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
    }

    /** What one batch's sender writes, under the batch's token. */
    SmtpBatch.Claims ofBatch(String token) {
        return new SmtpBatch.Claims() {

            @Override
            public boolean markAndRenew(Long sent, Long next) {
                return OutboxClaims.this.markAndRenew(sent, next, token);
            }

            @Override
            public void failed(SmtpBatch.Notice notice, SmtpBatch.Failure failure) {
                OutboxClaims.this.failed(notice, failure, token);
            }
        };
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

    /**
     * A notice that did not go out. Refused for good, or out of tries: given up (address and text forgotten, the
     * kind of failure kept). Else its claim is moved so that it becomes claimable after the retry's wait, by the
     * database's clock (a claim is claimable {@code claimTime} after its time stamp).
     */
    void failed(SmtpBatch.Notice notice, SmtpBatch.Failure failure, String token) {
        int failures = notice.attempts() + 1;
        boolean givenUp = failure.permanent() || retry.givesUpAfter(failures);
        ownTransaction.executeWithoutResult(status -> {
            if (givenUp) {
                jdbc.update("update notification_outbox set attempts = ?, failed_at = current_timestamp, failure = ?, "
                        + "recipient = '', body = '', claimed_at = null, claimed_by = null, version = version + 1 "
                        + "where id = ? and claimed_by = ? and sent_at is null", failures, failure.reason(),
                        notice.id(), token);
            } else {
                Instant now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
                jdbc.update("update notification_outbox set attempts = ?, failure = ?, claimed_at = ?, "
                        + "version = version + 1 where id = ? and claimed_by = ? and sent_at is null", failures,
                        failure.reason(), now.plus(retry.waitAfter(failures)).minus(claimTime).atOffset(ZoneOffset.UTC),
                        notice.id(), token);
            }
        });
        if (givenUp) {
            log.warn("Sending outbox notice {} failed ({}, try {}): given up, not tried again", notice.id(),
                    failure.reason(), failures);
        } else {
            log.warn("Sending outbox notice {} failed ({}, try {}); tried again in {}", notice.id(), failure.reason(),
                    failures, retry.waitAfter(failures));
        }
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
