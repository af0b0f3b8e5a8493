package no.smertereg.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A message waiting for the SMS gateway or the mail relay. */
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

    /** True when this node may send it: not sent, and not claimed by a node within the claim time. */
    boolean claim(Instant now, Duration claimTime) {
        if (sentAt != null || (claimedAt != null && claimedAt.plus(claimTime).isAfter(now))) {
            return false;
        }
        claimedAt = now;
        return true;
    }

    /** Once delivered, the code and the address are not kept. */
    void sent(Instant at) {
        sentAt = at;
        body = "";
        recipient = "";
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }
}
