package no.smertereg.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user was given (GRANTED) or lost (REMOVED) access to a unit of a registry: the user list's history. */
@Entity
@Table(name = "access_event")
class AccessEvent {

    static final String GRANTED = "GRANTED";
    static final String REMOVED = "REMOVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String registryId;
    private String unitResh;
    private String kind;
    private Instant occurredAt;
    private String byUser;

    protected AccessEvent() {
    }

    AccessEvent(Long userId, String registryId, String unitResh, String kind, Instant occurredAt, String byUser) {
        this.userId = userId;
        this.registryId = registryId;
        this.unitResh = unitResh;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.byUser = byUser;
    }
}
