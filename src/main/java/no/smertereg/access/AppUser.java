package no.smertereg.access;

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

    public void grant(String unitResh, Role role) {
        roles.add(new UnitRole(unitResh, role));
    }

    public void recordLogin(Instant at) {
        this.lastLoginAt = at;
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
