package no.smertereg.eprom;

import no.smertereg.notification.Channel;

/** Where a patient can be told that a form waits: the PO contact details and the channel the patient chose. */
public record PatientContact(String phone, String email, String preferredChannel) {

    Channel channel() {
        if ("EPOST".equals(preferredChannel) && email != null) {
            return Channel.EMAIL;
        }
        if (phone != null) {
            return Channel.SMS;
        }
        return email != null ? Channel.EMAIL : Channel.NONE;
    }

    String address(Channel channel) {
        return channel == Channel.SMS ? phone : email;
    }
}
