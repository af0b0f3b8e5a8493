package no.smertereg.eprom;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import no.smertereg.notification.Channel;

/** A line of the dispatch ledger. The idempotency key is unique: the same send is recorded, and made, once. */
@Entity
class DispatchEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientFormId;
    @Enumerated(EnumType.STRING)
    private DispatchEventType event;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Integer reasonCode;
    private Instant occurredAt;
    private String idempotencyKey;

    protected DispatchEvent() {
    }

    DispatchEvent(Long patientFormId, DispatchEventType event, Channel channel, Integer reasonCode,
            Instant occurredAt, String idempotencyKey) {
        this.patientFormId = patientFormId;
        this.event = event;
        this.channel = channel;
        this.reasonCode = reasonCode;
        this.occurredAt = occurredAt;
        this.idempotencyKey = idempotencyKey;
    }

    DispatchEventType getEvent() {
        return event;
    }

    Channel getChannel() {
        return channel;
    }

    Integer getReasonCode() {
        return reasonCode;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
