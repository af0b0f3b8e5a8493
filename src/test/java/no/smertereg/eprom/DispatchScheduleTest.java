package no.smertereg.eprom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** P3: the send-time rule in Oslo time, through summer time, with the times a diagram gives. */
class DispatchScheduleTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final DispatchSchedule schedule = new DispatchSchedule(LocalTime.of(21, 0));

    private static final LocalTime SEND = LocalTime.of(16, 30);
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    @Test
    void orderedBeforeTheSendTimeGoesTheSameDay_withTheDelayAdded() {
        Instant consent = oslo("2026-11-23T09:15");
        assertThat(schedule.nextSend(consent, SEND, Duration.ZERO)).isEqualTo(oslo("2026-11-23T16:30"));
        assertThat(schedule.nextSend(consent, SEND, TWO_MINUTES)).isEqualTo(oslo("2026-11-23T16:32"));
        assertThat(schedule.nextSend(consent, LocalTime.of(17, 0), TWO_MINUTES)).isEqualTo(oslo("2026-11-23T17:02"));
    }

    @Test
    void orderedAtOrAfterTheSendTimeGoesTheNextDay() {
        assertThat(schedule.nextSend(oslo("2026-11-23T16:30"), SEND, Duration.ZERO))
                .isEqualTo(oslo("2026-11-24T16:30"));
        assertThat(schedule.nextSend(oslo("2026-11-23T22:00"), SEND, TWO_MINUTES))
                .isEqualTo(oslo("2026-11-24T16:32"));
    }

    @Test
    void sixteenThirtyStaysSixteenThirtyAcrossTheSummerTimeChange() {
        assertThat(schedule.nextSend(oslo("2027-03-27T17:00"), SEND, Duration.ZERO))
                .isEqualTo(oslo("2027-03-28T16:30")).isEqualTo(Instant.parse("2027-03-28T14:30:00Z"));
    }

    @Test
    void afterTheEndDateGoesThatManyDaysLaterAtTheSendTime_orAtTheNextSendTimeWhenThatHasPassed() {
        assertThat(schedule.fromDate(LocalDate.of(2026, 11, 20), Period.ofDays(28), SEND, Duration.ZERO,
                oslo("2026-11-23T09:00"))).isEqualTo(oslo("2026-12-18T16:30"));
        assertThat(schedule.fromDate(LocalDate.of(2026, 11, 20), Period.ofWeeks(6), SEND, Duration.ZERO,
                oslo("2026-11-23T09:00"))).isEqualTo(oslo("2027-01-01T16:30"));
        assertThat(schedule.fromDate(LocalDate.of(2026, 9, 1), Period.ofDays(28), SEND, Duration.ZERO,
                oslo("2026-11-23T18:00"))).isEqualTo(oslo("2026-11-24T16:30"));
    }

    @Test
    void afterDowntimeASendGoesTheSameEveningUntil21_laterItWaitsForTheNextDay() {
        Instant planned = oslo("2026-11-23T16:30");
        assertThat(schedule.tooLate(planned, oslo("2026-11-23T20:59"))).isFalse();
        assertThat(schedule.tooLate(planned, oslo("2026-11-23T21:01"))).isTrue();
        assertThat(schedule.tooLate(planned, oslo("2026-11-24T09:00"))).isTrue();
    }

    private static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
    }
}
