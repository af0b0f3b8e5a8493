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

    static final String SUBJECT = "Spørreskjema fra SmerteReg";

    private final Outbox outbox;

    OutboxPatientNotifier(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Channel notify(PatientContact contact, String message, String idempotencyKey) {
        Channel channel = contact.channel();
        outbox.send(channel, contact.address(channel), SUBJECT, message, idempotencyKey);
        return channel;
    }
}
