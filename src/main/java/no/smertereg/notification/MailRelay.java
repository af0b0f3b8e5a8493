package no.smertereg.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.notification.SmtpBatch.Notice;
import no.smertereg.shared.RegistryClock;

/**
 * Sends the e-mails of the outbox through SMTP, a batch at a time: a sender claims up to
 * {@code registry.mail-relay-batch} notices in one transaction ({@code FOR UPDATE SKIP LOCKED}: senders that claim at
 * the same time, on this node or another, get different notices; the claim is a time stamp by the database's clock
 * and a token naming the node and the batch, which all respect for {@code registry.mail-relay-claim}). It sends them
 * over one SMTP connection ({@link SmtpBatch}); after each mail the server accepted it marks that one sent and renews
 * its claim on the next ({@link OutboxClaims}), so a node that dies mid-batch sends at most one mail twice per
 * sender, and a live sender never works on a claim that ran out. What a batch had no time for is released at once.
 * While batches come back full it claims the next at once; it waits {@code registry.mail-relay-delay} only when the
 * outbox is drained (or a whole batch failed). {@code registry.mail-relay-threads} senders do this side by side. A
 * node that dies after claiming leaves a claim that any node retries after the claim time; a notice the server did not
 * take is tried again later and later and finally given up ({@link OutboxRetry}; an address refused for good at once).
 * SMS notices stay in the outbox for the SMS gateway adapter.
 */
@Component
public class MailRelay {

    /**
     * A claim's query: the e-mails not sent, not given up and not claimed since the time given, up to the batch size
     * given, oldest first (read from ix_notification_outbox_claimable, V33).
     */
    public static final String CLAIM = "select id, recipient, subject, body, attempts from notification_outbox "
            + "where channel = 'EMAIL' and sent_at is null and failed_at is null "
            + "and (claimed_at is null or claimed_at <= ?) order by id limit ? for update skip locked";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SmtpBatch smtp;
    private final OutboxClaims claims;
    private final Duration claimTime;
    private final String node;
    private final int batchSize;
    private final int threads;
    private final boolean enabled;
    private final ExecutorService senders;

    MailRelay(JdbcTemplate jdbc, JavaMailSenderImpl mail, TransactionTemplate transactions, RegistryClock clock,
            @Value("${registry.mail-from:smertereg@localhost}") String from,
            @Value("${registry.mail-relay-batch:200}") int batchSize,
            @Value("${registry.mail-relay-threads:2}") int threads,
            @Value("${registry.mail-relay-enabled:true}") boolean enabled,
            @Value("${registry.mail-relay-claim:PT30S}") Duration claimTime,
            @Value("${registry.mail-relay-attempts:10}") int attempts,
            @Value("${registry.mail-relay-longest-wait:PT1H}") Duration longestWait) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.smtp = new SmtpBatch(mail, from);
        this.claims = new OutboxClaims(jdbc, transactions, clock, new OutboxRetry(claimTime, longestWait, attempts),
                claimTime);
        this.claimTime = claimTime;
        this.node = NodeName.current();
        this.batchSize = batchSize;
        this.threads = Math.max(1, threads);
        this.enabled = enabled;
        AtomicInteger number = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(Math.max(1, this.threads - 1), task -> {
            Thread thread = new Thread(task, "mail-relay-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }

    /**
     * Sends every claimable e-mail notice: {@code registry.mail-relay-threads} senders (this thread and the others
     * of the pool), each claiming batch after batch until one comes back short; they exclude each other as nodes do.
     * Returns when all have stopped.
     */
    @Scheduled(fixedDelayString = "${registry.mail-relay-delay:PT15S}")
    public void relay() {
        if (!enabled) {
            return;
        }
        List<Future<?>> others = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            others.add(senders.submit(this::sendUntilDrained));
        }
        RuntimeException failure = null;
        try {
            sendUntilDrained();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                failure = failure != null ? failure : new IllegalStateException("Mail relay failed", e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Claims, sends and marks batches until one comes back short, or none of a batch went out (SMTP down). */
    private void sendUntilDrained() {
        boolean more = true;
        while (more) {
            String token = node + "/" + UUID.randomUUID().toString().substring(0, 8);
            List<Notice> batch = transactions.execute(status -> claim(token));
            SmtpBatch.Outcome outcome = batch.isEmpty() ? SmtpBatch.Outcome.NONE
                    : smtp.send(batch, claimTime.dividedBy(2), claims.ofBatch(token));
            claims.release(outcome.notTried(), token);
            more = batch.size() >= batchSize && outcome.accepted() > 0;
        }
    }

    /**
     * Up to a batch of notices, locked for this transaction (others skip them) and stamped as claimed. Claims are
     * timed by the database server's clock, the one clock all nodes share: a node's clock that is off, or the demo
     * clock moved by hours, cannot make a claim look expired while its sender is still at work.
     */
    private List<Notice> claim(String token) {
        Instant now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
        List<Notice> batch = jdbc.query(CLAIM, (rs, row) -> new Notice(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getInt(5)), utc(now.minus(claimTime)), batchSize);
        if (!batch.isEmpty()) {
            List<Object> arguments = new ArrayList<>(List.of(utc(now), token));
            batch.forEach(notice -> arguments.add(notice.id()));
            jdbc.update("update notification_outbox set claimed_at = ?, claimed_by = ?, version = version + 1 "
                    + "where id in (" + placeholders(batch.size()) + ")", arguments.toArray());
        }
        return batch;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

}
