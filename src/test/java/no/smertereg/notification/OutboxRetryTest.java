package no.smertereg.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A mail the server did not take waits longer after each failure, never longer than the longest wait. */
class OutboxRetryTest {

    private final OutboxRetry retry = new OutboxRetry(Duration.ofSeconds(30), Duration.ofHours(1), 10);

    @Test
    void theWaitDoublesFromTheClaimTimeUpToTheLongest_andTheTenthFailureGivesUp() {
        assertThat(retry.waitAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.waitAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.waitAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(retry.waitAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.waitAfter(40)).isEqualTo(Duration.ofHours(1));
        Duration total = Duration.ZERO;
        for (int failures = 1; failures < 10; failures++) {
            total = total.plus(retry.waitAfter(failures));
        }
        assertThat(total).as("from the first try to the last: about three hours").isEqualTo(Duration.ofSeconds(11_010));
        assertThat(retry.givesUpAfter(9)).isFalse();
        assertThat(retry.givesUpAfter(10)).isTrue();
    }

    @Test
    void aSettingThatWouldNeverTryOrNeverWaitIsRefusedAtStart() {
        assertThatThrownBy(() -> new OutboxRetry(Duration.ofSeconds(30), Duration.ofHours(1), 0))
                .hasMessageContaining("registry.mail-relay-attempts");
        assertThatThrownBy(() -> new OutboxRetry(Duration.ofSeconds(30), Duration.ofSeconds(10), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
