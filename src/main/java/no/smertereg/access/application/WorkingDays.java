package no.smertereg.access.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * Due dates counted in working days (Monday to Friday, Europe/Oslo) for timers: {@code ${workingDays.after(execution,
 * 5)}}. Public holidays are not known here and count as working days.
 */
@Component("workingDays")
public class WorkingDays {

    private final RegistryClock clock;

    public WorkingDays(RegistryClock clock) {
        this.clock = clock;
    }

    /** {@code days} working days from now, at the same time of day. */
    public Date after(DelegateExecution execution, int days) {
        return Date.from(after(clock.now(), days));
    }

    /** Each day counted is a weekday; from a weekend the count starts on Monday. */
    public static Instant after(Instant from, int days) {
        ZonedDateTime at = from.atZone(RegistryClock.ZONE);
        int counted = 0;
        while (counted < days) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return at.toInstant();
    }
}
