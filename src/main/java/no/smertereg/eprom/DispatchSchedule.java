package no.smertereg.eprom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * P3: patient forms go out at 16:30 Europe/Oslo (HADS two minutes after Pasreg). A form ordered before 16:30 goes
 * the same day, at or after 16:30 the next day; Opioid goes at 16:30 four weeks after the B2.2 end date.
 */
@Component
public class DispatchSchedule {

    static final LocalTime DISPATCH = LocalTime.of(16, 30);

    private final LocalTime catchUpUntil;

    public DispatchSchedule(@Value("${registry.eprom.catch-up-until:21:00}") LocalTime catchUpUntil) {
        this.catchUpUntil = catchUpUntil;
    }

    /** A send planned for a day whose catch-up hour has passed waits for the next 16:30 (downtime over 16:30). */
    public boolean tooLate(Instant planned, Instant now) {
        LocalDate day = planned.atZone(RegistryClock.ZONE).toLocalDate();
        return now.isAfter(day.atTime(catchUpUntil).atZone(RegistryClock.ZONE).toInstant());
    }
    static final int OPIOID_DAYS_AFTER_END = 28;

    public Instant firstSend(Instant orderedAt, PatientFormType type) {
        return firstSend(orderedAt, type.minutesAfterDispatch());
    }

    private Instant firstSend(Instant orderedAt, int minutesAfterDispatch) {
        ZonedDateTime ordered = orderedAt.atZone(RegistryClock.ZONE);
        ZonedDateTime today = ordered.toLocalDate().atTime(DISPATCH).atZone(RegistryClock.ZONE);
        ZonedDateTime send = ordered.isBefore(today) ? today : today.plusDays(1);
        return send.plusMinutes(minutesAfterDispatch).toInstant();
    }

    /** 16:30 four weeks after the end date, or the next 16:30 from now when that has already passed. */
    public Instant opioidSend(LocalDate courseEndDate, Instant now) {
        Instant planned = courseEndDate.plusDays(OPIOID_DAYS_AFTER_END).atTime(DISPATCH).atZone(RegistryClock.ZONE)
                .toInstant();
        return planned.isAfter(now) ? planned : firstSend(now, 0);
    }
}
