package no.smertereg.privacy;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** R4: a patient's request for access, correction or deletion, answered within 30 days; the outcome holds no health data. */
@Entity
class PatientRequest {

    enum State {
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pid;
    @Enumerated(EnumType.STRING)
    private RequestKind kind;
    private LocalDate receivedOn;
    private Instant loggedAt;
    private String loggedBy;
    @Enumerated(EnumType.STRING)
    private State state = State.OPEN;
    private String outcome;
    private Instant closedAt;
    private String closedBy;
    private boolean deadlinePassed;
    private String processInstanceId;
    @Version
    private long version;

    protected PatientRequest() {
    }

    PatientRequest(Long pid, RequestKind kind, LocalDate receivedOn, Instant loggedAt, String loggedBy) {
        this.pid = pid;
        this.kind = kind;
        this.receivedOn = receivedOn;
        this.loggedAt = loggedAt;
        this.loggedBy = loggedBy;
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void close(String outcome, String by, Instant at) {
        this.state = State.CLOSED;
        this.outcome = outcome;
        this.closedBy = by;
        this.closedAt = at;
    }

    void deadlinePassed() {
        this.deadlinePassed = true;
    }

    Long getId() {
        return id;
    }

    Long getPid() {
        return pid;
    }

    RequestKind getKind() {
        return kind;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    Instant getLoggedAt() {
        return loggedAt;
    }

    String getLoggedBy() {
        return loggedBy;
    }

    State getState() {
        return state;
    }

    String getOutcome() {
        return outcome;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedBy() {
        return closedBy;
    }

    boolean isDeadlinePassed() {
        return deadlinePassed;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }
}
