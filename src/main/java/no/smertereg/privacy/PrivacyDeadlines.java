package no.smertereg.privacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * R3 deadlines counted from the day a reservation or request was received (Europe/Oslo): reminders at 08:00 on
 * day 20 and 28, due at the end of day 30. The BPMN timers and the task's due date read them; a day before
 * {@link ReceivedOn#EARLIEST} has none.
 */
@Component
public class PrivacyDeadlines {

    static final int DAYS = 30;
    static final int REMINDER_DAY = 20;
    static final int ESCALATION_DAY = 28;
    private static final LocalTime MORNING = LocalTime.of(8, 0);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    /** Day {@code days} after receipt, 08:00. */
    public Date at(String receivedOn, int days) {
        return Date.from(ReceivedOn.forDeadlines(receivedOn).plusDays(days).atTime(MORNING).atZone(RegistryClock.ZONE)
                .toInstant());
    }

    /** Received + 30 days, at the end of that day. */
    public Date due(String receivedOn) {
        return Date.from(dueDay(ReceivedOn.forDeadlines(receivedOn)).atTime(END_OF_DAY).atZone(RegistryClock.ZONE)
                .toInstant());
    }

    static LocalDate dueDay(LocalDate receivedOn) {
        return receivedOn.plusDays(DAYS);
    }
}
