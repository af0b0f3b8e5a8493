package no.smertereg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NorwegianHolidaysTest {

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25",
        "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(NorwegianHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @ParameterizedTest(name = "{0} holiday: {1}")
    @CsvSource({
        "2026-01-01, true", "2026-04-02, true", "2026-04-03, true", "2026-04-05, true", "2026-04-06, true",
        "2026-05-01, true", "2026-05-14, true", "2026-05-17, true", "2026-05-24, true", "2026-05-25, true",
        "2026-12-25, true", "2026-12-26, true",
        "2026-04-04, false", "2026-12-24, false", "2026-12-31, false", "2026-05-18, false", "2026-04-07, false"})
    void knowsThePublicHolidaysAndNothingElse(LocalDate day, boolean holiday) {
        assertThat(NorwegianHolidays.isHoliday(day)).isEqualTo(holiday);
    }
}
