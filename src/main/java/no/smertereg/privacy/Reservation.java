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

/**
 * R2, R3: a reservation the secretariat has received and must register within 30 days. The PID is the only
 * reference to the patient; the correspondence itself is archived outside the registry (Elements). A patient has at
 * most one open case: {@code openPid} is the PID while the case is received and empty once it is registered, and the
 * database keeps it unique (V15), so two requests at once on any nodes cannot open a second case.
 */
@Entity
class Reservation {

    enum State {
        RECEIVED,
        REGISTERED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long pid;
    private Long openPid;
    @Enumerated(EnumType.STRING)
    private ReservationChannel channel;
    private LocalDate receivedOn;
    private Instant loggedAt;
    private String loggedBy;
    @Enumerated(EnumType.STRING)
    private State state = State.RECEIVED;
    private Instant registeredAt;
    private String registeredBy;
    private boolean deadlinePassed;
    private String processInstanceId;
    @Version
    private long version;

    protected Reservation() {
    }

    Reservation(Long pid, ReservationChannel channel, LocalDate receivedOn, Instant loggedAt, String loggedBy) {
        this.pid = pid;
        this.openPid = pid;
        this.channel = channel;
        this.receivedOn = receivedOn;
        this.loggedAt = loggedAt;
        this.loggedBy = loggedBy;
    }

    void runsIn(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void registered(String by, Instant at) {
        this.state = State.REGISTERED;
        this.openPid = null;
        this.registeredBy = by;
        this.registeredAt = at;
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

    ReservationChannel getChannel() {
        return channel;
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

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getRegisteredBy() {
        return registeredBy;
    }

    boolean isDeadlinePassed() {
        return deadlinePassed;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }
}
