package no.smertereg.eprom;

import no.smertereg.notification.Channel;

/**
 * Port: tells a patient that a form waits, by SMS or e-mail as the patient chose (P4). The message holds a link
 * and a one-time code only; the subject (e-mail) names the registry. Sending the same idempotency key twice sends once. Returns the channel used.
 */
public interface PatientNotifier {

    Channel notify(PatientContact contact, String subject, String message, String idempotencyKey);
}
