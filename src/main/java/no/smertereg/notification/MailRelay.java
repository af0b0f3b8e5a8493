package no.smertereg.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.RegistryClock;

/**
 * Sends the e-mails of the outbox through SMTP (Spring Mail). A node first claims a notice in its own
 * transaction (optimistic locking: one node wins), sends it, then marks it sent; a node that dies between the two
 * leaves a claim that another node retries after the claim time (at least once, never in parallel). SMS notices
 * stay in the outbox for the SMS gateway adapter.
 */
@Component
public class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    static final Duration CLAIM_TIME = Duration.ofMinutes(10);

    private final OutboxRepository outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final RegistryClock clock;
    private final String from;
    private final boolean enabled;

    MailRelay(OutboxRepository outbox, JavaMailSender mail, TransactionTemplate transactions, RegistryClock clock,
            @Value("${registry.mail-from:smertereg@localhost}") String from,
            @Value("${registry.mail-relay-enabled:true}") boolean enabled) {
        this.enabled = enabled;
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${registry.mail-relay-delay:PT15S}")
    public void relay() {
        if (!enabled) {
            return;
        }
        for (Long id : outbox.unsent(Channel.EMAIL)) {
            try {
                OutboxEntry notice = transactions.execute(status -> claim(id));
                if (notice != null) {
                    mail.send(message(notice));
                    transactions.executeWithoutResult(status -> outbox.findById(id)
                            .ifPresent(entry -> entry.sent(clock.now())));
                }
            } catch (OptimisticLockingFailureException e) {
                log.debug("Outbox notice {} claimed by another node", id);
            } catch (MailException e) {
                log.warn("Sending outbox notice {} failed ({}); it is retried after the claim time", id,
                        e.getClass().getSimpleName());
            }
        }
    }

    private OutboxEntry claim(Long id) {
        OutboxEntry entry = outbox.findById(id).orElse(null);
        if (entry == null || !entry.claim(clock.now(), CLAIM_TIME)) {
            return null;
        }
        return outbox.saveAndFlush(entry);
    }

    private SimpleMailMessage message(OutboxEntry notice) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(notice.getRecipient());
        message.setSubject(notice.getSubject() == null ? "SmerteReg" : notice.getSubject());
        message.setText(notice.getBody());
        return message;
    }
}
