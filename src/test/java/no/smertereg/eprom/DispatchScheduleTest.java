package no.smertereg.eprom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** P3: the 16:30 rule in Oslo time, through summer time. */
class DispatchScheduleTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final DispatchSchedule schedule = new DispatchSchedule(LocalTime.of(21, 0));

    @Test
    void orderedBefore1630GoesTheSameDay_hadsTwoMinutesLater() {
        Instant consent = oslo("2026-11-23T09:15");
        assertThat(schedule.firstSend(consent, SmerteregPatientForms.PASREG)).isEqualTo(oslo("2026-11-23T16:30"));
        assertThat(schedule.firstSend(consent, SmerteregPatientForms.HADS)).isEqualTo(oslo("2026-11-23T16:32"));
    }

    @Test
    void orderedAtOrAfter1630GoesTheNextDay() {
        assertThat(schedule.firstSend(oslo("2026-11-23T16:30"), SmerteregPatientForms.PASREG))
                .isEqualTo(oslo("2026-11-24T16:30"));
        assertThat(schedule.firstSend(oslo("2026-11-23T22:00"), SmerteregPatientForms.HADS))
                .isEqualTo(oslo("2026-11-24T16:32"));
    }

    @Test
    void sixteenThirtyStaysSixteenThirtyAcrossTheSummerTimeChange() {
        assertThat(schedule.firstSend(oslo("2027-03-27T17:00"), SmerteregPatientForms.EVAL))
                .isEqualTo(oslo("2027-03-28T16:30")).isEqualTo(Instant.parse("2027-03-28T14:30:00Z"));
    }

    @Test
    void opioidGoesFourWeeksAfterTheEndDateAt1630_orAtTheNext1630WhenThatHasPassed() {
        assertThat(schedule.opioidSend(LocalDate.of(2026, 11, 20), oslo("2026-11-23T09:00")))
                .isEqualTo(oslo("2026-12-18T16:30"));
        assertThat(schedule.opioidSend(LocalDate.of(2026, 9, 1), oslo("2026-11-23T18:00")))
                .isEqualTo(oslo("2026-11-24T16:30"));
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
