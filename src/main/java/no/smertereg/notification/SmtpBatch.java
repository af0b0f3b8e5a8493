package no.smertereg.notification;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
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
 * notice with a Message-ID derived from the outbox id. A notice that cannot be sent is logged by id and left out;
 * when the connection is lost it is opened again, and when that fails, or the batch has taken half the claim time,
 * the rest of the batch is left for a retry after the claim time (so that no claim can expire while this node
 * still sends). Nothing of a notice's content is logged.
 */
class SmtpBatch {

    private static final Logger log = LoggerFactory.getLogger(SmtpBatch.class);

    static {
        ServiceProviders.pin("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** A claimed notice, as it goes out. */
    record Notice(long id, String recipient, String subject, String body) {
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

    /** The ids of the notices the SMTP server accepted, within the given time. */
    Set<Long> send(List<Notice> notices, Duration within) {
        Set<Long> accepted = new HashSet<>();
        long deadline = System.nanoTime() + within.toNanos();
        Transport transport = null;
        try {
            for (int i = 0; i < notices.size(); i++) {
                Notice notice = notices.get(i);
                if (System.nanoTime() > deadline) {
                    log.warn("Mail batch out of time; {} notices from id {} are retried after the claim time",
                            notices.size() - i, notice.id());
                    return accepted;
                }
                if (transport == null || !transport.isConnected()) {
                    close(transport);
                    transport = connect(notices.size() - i, notice);
                    if (transport == null) {
                        return accepted;
                    }
                }
                try {
                    MimeMessage message = message(notice);
                    transport.sendMessage(message, message.getAllRecipients());
                    accepted.add(notice.id());
                } catch (MessagingException | RuntimeException e) {
                    log.warn("Sending outbox notice {} failed ({}); it is retried after the claim time",
                            notice.id(), e.getClass().getSimpleName());
                }
            }
            return accepted;
        } finally {
            close(transport);
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
