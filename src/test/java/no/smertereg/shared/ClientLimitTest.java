package no.smertereg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientLimitTest {

    private final ClientLimit limit = new ClientLimit(3, Duration.ofHours(1), new RegistryClock());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aClientOverItsLimitWaitsUntilItsOldestAttemptLeavesTheWindow_otherClientsGoOn() {
        Instant start = Instant.parse("2026-11-23T09:00:00Z");
        at(start);
        assertThat(limit.allow("10.0.0.1")).isTrue();
        at(start.plusSeconds(600));
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).as("fourth in the hour").isFalse();
        assertThat(limit.allow("10.0.0.2")).as("another address").isTrue();

        at(start.plusSeconds(3599));
        assertThat(limit.allow("10.0.0.1")).as("refused attempts do not count, the first is still in").isFalse();
        at(start.plusSeconds(3601));
        assertThat(limit.allow("10.0.0.1")).as("the first attempt has left the hour").isTrue();
        assertThat(limit.allow("10.0.0.1")).isFalse();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(java.util.Date.from(instant));
    }
}
