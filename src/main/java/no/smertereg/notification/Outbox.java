package no.smertereg.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

/**
 * The default adapter for every message the registry sends (patient notices, login codes, staff mail): the message
 * is stored in the caller's transaction, at most once per idempotency key. E-mails go out through
 * {@link MailRelay}; SMS wait for an SMS gateway adapter (and, in demo mode, for the operator to read them).
 * Messages name no patient and hold no health data: links, codes and ids only.
 */
@Service
@Transactional
public class Outbox {

    private final OutboxRepository outbox;
    private final RegistryClock clock;

    Outbox(OutboxRepository outbox, RegistryClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Stores the message unless one with this key exists; NONE stores nothing. */
    public void send(Channel channel, String recipient, String subject, String body, String idempotencyKey) {
        if (channel != Channel.NONE && !outbox.existsByIdempotencyKey(idempotencyKey)) {
            outbox.save(new OutboxEntry(channel, recipient, subject, body, clock.now(), idempotencyKey));
        }
    }
}
