package no.smertereg.eprom;

import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * The default channel adapter: the notification is stored in the outbox, in the same transaction as the ledger,
 * for an SMS gateway or mail relay to deliver (and for an operator to read in demo mode).
 */
@Component
class OutboxPatientNotifier implements PatientNotifier {

    private final OutboxRepository outbox;
    private final RegistryClock clock;

    OutboxPatientNotifier(OutboxRepository outbox, RegistryClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Channel notify(PatientContact contact, String message, String idempotencyKey) {
        Channel channel = contact.channel();
        if (channel != Channel.NONE && !outbox.existsByIdempotencyKey(idempotencyKey)) {
            outbox.save(new OutboxEntry(channel, contact.address(channel), message, clock.now(), idempotencyKey));
        }
        return channel;
    }
}
