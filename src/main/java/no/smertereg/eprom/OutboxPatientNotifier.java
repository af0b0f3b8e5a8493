package no.smertereg.eprom;

import org.springframework.stereotype.Component;

import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;

/**
 * The default channel adapter: the notice goes to the registry's outbox, in the same transaction as the ledger,
 * for an SMS gateway or the mail relay to deliver (and for an operator to read in demo mode).
 */
@Component
class OutboxPatientNotifier implements PatientNotifier {

    private final Outbox outbox;

    OutboxPatientNotifier(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Channel notify(PatientContact contact, String subject, String message, String idempotencyKey) {
        Channel channel = contact.channel();
        outbox.send(channel, contact.address(channel), subject, message, idempotencyKey);
        return channel;
    }
}
