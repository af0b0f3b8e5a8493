package no.smertereg.forms;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Who finalised, unlocked (and why) or commented on a form, and when. Never changed once written. */
@Entity
class FormEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long formInstanceId;
    @Enumerated(EnumType.STRING)
    private FormAction action;
    private String reason;
    private String actor;
    private Instant occurredAt;

    protected FormEvent() {
    }

    FormEvent(Long formInstanceId, FormAction action, String reason, String actor, Instant occurredAt) {
        this.formInstanceId = formInstanceId;
        this.action = action;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    FormAction getAction() {
        return action;
    }

    String getReason() {
        return reason;
    }

    String getActor() {
        return actor;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }
}
