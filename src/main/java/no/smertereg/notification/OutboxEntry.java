package no.smertereg.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message waiting for the SMS gateway or the mail relay. Stored here; {@link MailRelay} claims, sends and clears it
 * with bulk statements of its own (claimed_at, sent_at, version).
 */
@Entity
@Table(name = "notification_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String subject;
    private String body;
    private Instant createdAt;
    private Instant claimedAt;
    private Instant sentAt;
    @Version
    private long version;
    private String idempotencyKey;

    protected OutboxEntry() {
    }

    OutboxEntry(Channel channel, String recipient, String subject, String body, Instant createdAt,
            String idempotencyKey) {
        this.subject = subject;
        this.channel = channel;
        this.recipient = recipient;
        this.body = body;
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
    }
}
