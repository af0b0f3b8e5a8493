package no.smertereg.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Five working days: Monday to Friday count, Saturday and Sunday do not; the time of day is kept (Oslo). */
class WorkingDaysTest {

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        "2026-11-23T10:00, 5, 2026-11-30T10:00",
        "2026-11-27T15:00, 5, 2026-12-04T15:00",
        "2026-11-28T12:00, 5, 2026-12-04T12:00",
        "2026-11-29T23:30, 5, 2026-12-04T23:30",
        "2026-11-25T08:00, 1, 2026-11-26T08:00",
        "2026-11-27T08:00, 1, 2026-11-30T08:00",
        "2026-11-23T08:00, 0, 2026-11-23T08:00",
        "2026-11-23T08:00, 10, 2026-12-07T08:00",
        "2027-03-24T09:00, 5, 2027-04-05T09:00",
        "2026-12-22T10:00, 5, 2026-12-30T10:00",
        "2026-12-31T10:00, 1, 2027-01-04T10:00",
        "2027-05-05T10:00, 1, 2027-05-07T10:00",
        "2027-05-14T10:00, 1, 2027-05-18T10:00",
        "2026-04-30T10:00, 1, 2026-05-04T10:00"
    })
    void countsWeekdaysThatAreNotPublicHolidays(String from, int days, String expected) {
        assertThat(WorkingDays.after(oslo(from), days)).isEqualTo(oslo(expected));
    }

    private static Instant oslo(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }
}
