package no.smertereg.eprom;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A notification waiting for the SMS gateway or mail relay. */
@Entity
@Table(name = "notification_outbox")
class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private String recipient;
    private String body;
    private Instant createdAt;
    private String idempotencyKey;

    protected OutboxEntry() {
    }

    OutboxEntry(Channel channel, String recipient, String body, Instant createdAt, String idempotencyKey) {
        this.channel = channel;
        this.recipient = recipient;
        this.body = body;
        this.createdAt = createdAt;
        this.idempotencyKey = idempotencyKey;
    }
}
