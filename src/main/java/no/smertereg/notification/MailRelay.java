package no.smertereg.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
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
 * the same time, on this node or another, get different notices; the claim is a time stamp that all respect for the
 * claim time), sends them over one SMTP connection ({@link SmtpBatch}), and marks the accepted ones sent in one
 * transaction. While batches come back full it claims the next at once; it waits {@code registry.mail-relay-delay}
 * only when the outbox is drained (or a whole batch failed). {@code registry.mail-relay-threads} senders do this side
 * by side. A node that dies after claiming, and a notice whose send failed, leave a claim that any node retries
 * after the claim time (at least once, never in parallel). SMS notices stay in the outbox for the SMS gateway adapter.
 */
@Component
public class MailRelay {

    static final Duration CLAIM_TIME = Duration.ofMinutes(10);

    private static final String CLAIMABLE = "channel = 'EMAIL' and sent_at is null "
            + "and (claimed_at is null or claimed_at <= ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RegistryClock clock;
    private final SmtpBatch smtp;
    private final int batchSize;
    private final int threads;
    private final boolean enabled;
    private final ExecutorService senders;

    MailRelay(JdbcTemplate jdbc, JavaMailSenderImpl mail, TransactionTemplate transactions, RegistryClock clock,
            @Value("${registry.mail-from:smertereg@localhost}") String from,
            @Value("${registry.mail-relay-batch:200}") int batchSize,
            @Value("${registry.mail-relay-threads:2}") int threads,
            @Value("${registry.mail-relay-enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.smtp = new SmtpBatch(mail, from);
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
            List<Notice> batch = transactions.execute(status -> claim());
            Set<Long> accepted = batch.isEmpty() ? Set.of() : smtp.send(batch, CLAIM_TIME.dividedBy(2));
            if (!accepted.isEmpty()) {
                transactions.executeWithoutResult(status -> markSent(accepted));
            }
            more = batch.size() >= batchSize && !accepted.isEmpty();
        }
    }

    /** Up to a batch of notices, locked for this transaction (others skip them) and stamped as claimed. */
    private List<Notice> claim() {
        Instant now = clock.now();
        List<Notice> batch = jdbc.query("select id, recipient, subject, body from notification_outbox where "
                + CLAIMABLE + " order by id limit ? for update skip locked", (rs, row) -> new Notice(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4)), utc(now.minus(CLAIM_TIME)),
                batchSize);
        if (!batch.isEmpty()) {
            jdbc.update("update notification_outbox set claimed_at = ?, version = version + 1 where id in ("
                    + placeholders(batch.size()) + ")", arguments(utc(now),
                    batch.stream().map(Notice::id).toList()));
        }
        return batch;
    }

    /** Once delivered, the code and the address are not kept. */
    private void markSent(Set<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.update("update notification_outbox set sent_at = ?, recipient = '', body = '', "
                    + "version = version + 1 where sent_at is null and id in (" + placeholders(ids.size()) + ")",
                    arguments(utc(clock.now()), ids));
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] arguments(Object first, Iterable<Long> ids) {
        List<Object> arguments = new ArrayList<>(List.of(first));
        ids.forEach(arguments::add);
        return arguments.toArray();
    }
}
