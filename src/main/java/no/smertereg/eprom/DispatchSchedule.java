package no.smertereg.eprom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * P3 calendar arithmetic in Europe/Oslo. The numbers (send time, delay, days after the end date) come from the
 * diagram; a form ordered before the day's send time goes that day, at or after it the next day.
 */
@Component
public class DispatchSchedule {

    private final LocalTime catchUpUntil;

    public DispatchSchedule(@Value("${registry.eprom.catch-up-until:21:00}") LocalTime catchUpUntil) {
        this.catchUpUntil = catchUpUntil;
    }

    /** A send planned for a day whose catch-up hour has passed waits for the next send time (downtime). */
    public boolean tooLate(Instant planned, Instant now) {
        LocalDate day = planned.atZone(RegistryClock.ZONE).toLocalDate();
        return now.isAfter(day.atTime(catchUpUntil).atZone(RegistryClock.ZONE).toInstant());
    }

    /** The first {@code sendTime} after {@code orderedAt} (the same day when ordered before it), plus {@code delay}. */
    public Instant nextSend(Instant orderedAt, LocalTime sendTime, Duration delay) {
        ZonedDateTime ordered = orderedAt.atZone(RegistryClock.ZONE);
        ZonedDateTime today = ordered.toLocalDate().atTime(sendTime).atZone(RegistryClock.ZONE);
        ZonedDateTime send = ordered.isBefore(today) ? today : today.plusDays(1);
        return send.plus(delay).toInstant();
    }

    /**
     * {@code sendTime} on the day {@code offset} from a course date (negative: before it), or the next send time from
     * now when that has passed.
     */
    public Instant fromDate(LocalDate date, Period offset, LocalTime sendTime, Duration delay, Instant now) {
        Instant planned = date.plus(offset).atTime(sendTime).atZone(RegistryClock.ZONE).plus(delay).toInstant();
        return planned.isAfter(now) ? planned : nextSend(now, sendTime, delay);
    }
}
