package no.smertereg.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A registry user. Mobile and e-mail are kept for the SMS login code and notices (issue 4). */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private String mobile;
    private String email;
    private Instant createdAt;
    private Instant lastLoginAt;
    private int failedLogins;
    private Instant lockedUntil;
    private boolean mustChangePassword;
    private Instant passwordChangedAt;
    private Instant removedAt;
    private long sessionGeneration;
    private String externalId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    private Set<UnitRole> roles = new HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, String mobile, String email,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.mobile = mobile;
        this.email = email;
        this.createdAt = createdAt;
    }

    /** A role in a unit of a registry; the system manager's role is the platform's whatever the registry named. */
    public void grant(String registryId, String unitResh, Role role) {
        if (roles.add(new UnitRole(registryId, unitResh, role))) {
            endSessions();
        }
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    /** A wrong password or login code; the account locks for {@code lockFor} after {@code maxFailures} in a row. */
    public void recordFailedLogin(Instant at, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lock(at, lockFor);
        }
    }

    /** Locked for {@code lockFor}: no login step finishes, and every session of the user ends. */
    public void lock(Instant at, Duration lockFor) {
        lockedUntil = at.plus(lockFor);
        failedLogins = 0;
        endSessions();
    }

    public boolean isLocked(Instant at) {
        return lockedUntil != null && at.isBefore(lockedUntil);
    }

    /** A new password; {@code temporary} (set by an administrator or on approval) must be changed at first login. */
    public void setPassword(String hash, boolean temporary, Instant at) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.passwordChangedAt = at;
        endSessions();
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** A5: the user leaves the user list; what they registered stays, attributed to them. */
    public void remove(Instant at) {
        this.enabled = false;
        this.removedAt = at;
        this.roles.clear();
        endSessions();
    }

    /**
     * Takes away the roles in one unit of one registry (and the platform's role held in that unit); a user left without
     * any role is removed (A5).
     */
    public void revoke(String registryId, String unitResh, Instant at) {
        if (roles.removeIf(r -> r.heldIn(registryId, unitResh))) {
            endSessions();
        }
        if (roles.isEmpty()) {
            remove(at);
        }
    }

    public void changeMobile(String mobile) {
        this.mobile = mobile;
    }

    /** A5: LC removes a former user's e-mail address so that no mail reaches them. */
    public void removeEmail() {
        this.email = null;
    }

    /**
     * A change to what the user may do (roles, removal, lock, password) ends every session made before it, on every
     * node, at its next request: sessions remember the generation they were made under.
     */
    private void endSessions() {
        sessionGeneration++;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    /** False for a removed, disabled or (now) locked account: no login step may finish. */
    public boolean mayLogIn(Instant at) {
        return enabled && removedAt == null && !isLocked(at);
    }

    /** The identifier an OpenID Connect provider vouches for (ADR 0015); null for password and SMS only. */
    public String getExternalId() {
        return externalId;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getEmail() {
        return email;
    }

    public String getMobile() {
        return mobile;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<UnitRole> getRoles() {
        return Set.copyOf(roles);
    }
}
