package no.smertereg.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The SMS code of one login in progress, kept as a hash: valid five minutes, five tries. */
@Entity
@Table(name = "login_code")
class LoginCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long userId;
    private String codeHash;
    private Instant createdAt;
    private Instant expiresAt;
    private int attempts;
    private boolean used;

    protected LoginCode() {
    }

    LoginCode(Long userId, String codeHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isUsable(Instant now) {
        return !used && now.isBefore(expiresAt);
    }

    /** One try: true if it matches. A match or the last allowed try uses the code up. */
    boolean attempt(String hash, int maxAttempts) {
        attempts++;
        boolean match = codeHash.equals(hash);
        if (match || attempts >= maxAttempts) {
            used = true;
        }
        return match;
    }

    boolean isUsed() {
        return used;
    }

    void withdraw() {
        used = true;
    }
}
