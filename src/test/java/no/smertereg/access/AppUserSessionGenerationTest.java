package no.smertereg.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What ends a user's sessions (the generation moves on) and what does not. */
class AppUserSessionGenerationTest {

    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void rolesRemovalLockAndPasswordEndSessions_loginsAndRepeatedGrantsDoNot() {
        AppUser user = new AppUser("kari", "Kari", "hash", "+47 400 00 001", "kari@helse.invalid", NOW);
        user.grant("smertereg", "100082", Role.LU);
        long start = user.getSessionGeneration();

        user.grant("smertereg", "100082", Role.LU);
        user.recordLogin(NOW);
        user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        user.removeEmail();
        assertThat(user.getSessionGeneration()).as("nothing that changes what the user may do").isEqualTo(start);

        user.grant("smertereg", "100082", Role.LC);
        assertThat(user.getSessionGeneration()).as("a new role").isEqualTo(start + 1);
        user.setPassword("new", false, NOW);
        assertThat(user.getSessionGeneration()).as("a new password").isEqualTo(start + 2);
        for (int i = 0; i < 4; i++) {
            user.recordFailedLogin(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(user.isLocked(NOW)).isTrue();
        assertThat(user.mayLogIn(NOW)).isFalse();
        assertThat(user.getSessionGeneration()).as("the lock").isEqualTo(start + 3);
        user.revoke("smertereg", "100082", NOW);
        assertThat(user.getSessionGeneration()).as("roles revoked, user removed").isGreaterThan(start + 3);
        assertThat(user.mayLogIn(NOW.plus(Duration.ofHours(1)))).as("removed").isFalse();
    }
}
