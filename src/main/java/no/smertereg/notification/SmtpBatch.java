package no.smertereg.notification;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import no.smertereg.shared.ServiceProviders;

/**
 * Sends a batch of claimed e-mail notices over one SMTP connection (Spring Boot's mail settings), one message per
 * notice with a Message-ID derived from the outbox id, and reports each accepted one at once. A notice that cannot be
 * sent is reported with the kind of failure ({@link Failure}) and left out; when the connection is lost it is opened
 * again, and when that fails the rest of
 * the batch is left for a retry after the claim time. When the batch has taken half the claim time it stops (so that
 * no claim can expire while this node still sends) and returns the notices it did not try. Nothing of a notice's
 * content is logged.
 */
class SmtpBatch {

    private static final Logger log = LoggerFactory.getLogger(SmtpBatch.class);

    static {
        ServiceProviders.pin("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** A claimed notice, as it goes out; {@code attempts}: the tries that failed before this one. */
    record Notice(long id, String recipient, String subject, String body, int attempts) {
    }

    /**
     * Why a notice did not go out: {@code permanent} when the server (or the address's form) refuses the address for
     * good, so that trying again cannot help; {@code reason} names the kind of error only.
     */
    record Failure(boolean permanent, String reason) {

        static Failure of(Exception e) {
            if (e instanceof AddressException) {
                return new Failure(true, "address not valid");
            }
            if (e instanceof SendFailedException refused) {
                boolean invalid = refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0;
                boolean later = refused.getValidUnsentAddresses() != null
                        && refused.getValidUnsentAddresses().length > 0;
                if (invalid && !later) {
                    return new Failure(true, "address refused by the mail server");
                }
                if (later) {
                    return new Failure(false, "mail server asked to try later");
                }
            }
            return new Failure(false, e.getClass().getSimpleName());
        }
    }

    /** How many notices the server accepted, and the ids of those the batch had no time for. */
    record Outcome(int accepted, List<Long> notTried) {

        static final Outcome NONE = new Outcome(0, List.of());
    }

    private final JavaMailSenderImpl mail;
    private final String from;
    private final String messageIdDomain;

    SmtpBatch(JavaMailSenderImpl mail, String from) {
        this.mail = mail;
        this.from = from;
        this.messageIdDomain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "")
                : "localhost";
    }

    /**
     * What the batch's sender writes between two mails: mark the one accepted, renew the claim on the next, and
     * record a notice that did not go out.
     */
    interface Claims {

        /** Marks {@code sent} (if not null) and renews the claim on {@code next}; whether next is still ours. */
        boolean markAndRenew(Long sent, Long next);

        /** Records a notice that did not go out: tried again later, or given up. */
        void failed(Notice notice, Failure failure);
    }

    /**
     * Sends the notices within the given time. Each accepted mail is marked, and the claim on the next renewed, before
     * the next goes out; a notice whose claim another sender has taken meanwhile is left to it. If marking throws, the
     * batch stops and the rest waits for the claim time.
     */
    Outcome send(List<Notice> notices, Duration within, Claims claims) {
        int accepted = 0;
        long deadline = System.nanoTime() + within.toNanos();
        Long unmarked = null;
        Transport transport = null;
        try {
            for (int i = 0; i < notices.size(); i++) {
                Notice notice = notices.get(i);
                boolean ours = i == 0 || claims.markAndRenew(unmarked, notice.id());
                unmarked = null;
                if (!ours) {
                    continue;
                }
                if (System.nanoTime() > deadline) {
                    log.info("Mail batch out of time; {} notices from id {} are released for the next batch",
                            notices.size() - i, notice.id());
                    return new Outcome(accepted, notices.subList(i, notices.size()).stream().map(Notice::id)
                            .toList());
                }
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    transport = connect(notices.size() - i, notice);
                    if (transport == null) {
                        return new Outcome(accepted, List.of());
                    }
                }
                Failure failure = sent(transport, notice);
                if (failure == null) {
                    unmarked = notice.id();
                    accepted++;
                } else {
                    claims.failed(notice, failure);
                }
            }
            return new Outcome(accepted, List.of());
        } finally {
            close(transport);
            if (unmarked != null) {
                claims.markAndRenew(unmarked, null);
            }
        }
    }

    /** Null when the server accepted the mail. */
    private Failure sent(Transport transport, Notice notice) {
        try {
            MimeMessage message = message(notice);
            transport.sendMessage(message, message.getAllRecipients());
            return null;
        } catch (MessagingException | RuntimeException e) {
            return Failure.of(e);
        }
    }

    private Transport connect(int remaining, Notice first) {
        try {
            Transport transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp"
                    : mail.getProtocol());
            transport.connect(mail.getHost(), mail.getPort(), blankToNull(mail.getUsername()),
                    blankToNull(mail.getPassword()));
            return transport;
        } catch (MessagingException | RuntimeException e) {
            log.warn("SMTP connection failed ({}); {} notices from id {} are retried after the claim time",
                    e.getClass().getSimpleName(), remaining, first.id());
            return null;
        }
    }

    /**
     * The same message the relay always sent (from, to, subject, text in the default encoding), built directly:
     * Spring's MimeMessageHelper reads the MIME type table from its jar for every message it wraps.
     */
    private MimeMessage message(Notice notice) throws MessagingException {
        String encoding = mail.getDefaultEncoding();
        MimeMessage message = new OutboxMessage(mail.getSession(), notice.id());
        message.setFrom(address(from, encoding));
        message.setRecipient(Message.RecipientType.TO, address(notice.recipient(), encoding));
        message.setSubject(notice.subject() == null ? "SmerteReg" : notice.subject(), encoding);
        message.setText(notice.body(), encoding);
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    private static InternetAddress address(String text, String encoding) throws MessagingException {
        InternetAddress[] parsed = InternetAddress.parse(text);
        if (parsed.length != 1) {
            throw new AddressException("not one address");
        }
        try {
            return encoding == null ? parsed[0]
                    : new InternetAddress(parsed[0].getAddress(), parsed[0].getPersonal(), encoding);
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("unsupported encoding " + encoding, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
        }
    }

    /** A message whose Message-ID names its outbox row, so that a rare second copy can be recognised. */
    private final class OutboxMessage extends MimeMessage {

        private final long outboxId;

        OutboxMessage(Session session, long outboxId) {
            super(session);
            this.outboxId = outboxId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<smertereg.outbox." + outboxId + "@" + messageIdDomain + ">");
        }
    }
}
