package no.smertereg.access.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import no.smertereg.shared.NorwegianHolidays;
import no.smertereg.shared.RegistryClock;

/**
 * Due dates counted in working days (Monday to Friday except Norwegian public holidays, Europe/Oslo) for timers:
 * {@code ${access.workingDaysAfter(5)}}.
 */
@Component
public class WorkingDays {

    private final RegistryClock clock;

    public WorkingDays(RegistryClock clock) {
        this.clock = clock;
    }

    /** {@code days} working days from now, at the same time of day. */
    public Date fromNow(int days) {
        return Date.from(after(clock.now(), days));
    }

    /** Each day counted is a weekday that is not a public holiday; from a day off the count starts on the next. */
    public static Instant after(Instant from, int days) {
        ZonedDateTime at = from.atZone(RegistryClock.ZONE);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !NorwegianHolidays.isHoliday(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
