package no.smertereg.privacy;

import java.time.LocalTime;
import java.time.Period;
import java.util.Date;

import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * R3 deadlines counted from the day a reservation or request was received (Europe/Oslo). The diagrams give the
 * days and the time of day ({@code ${privacy.at(receivedOn, 'P20D', '08:00')}}); a day before
 * {@link ReceivedOn#EARLIEST} has none.
 */
@Component
public class PrivacyDeadlines {

    /** {@code period} after the day of receipt, at {@code timeOfDay}. */
    public Date at(String receivedOn, String period, String timeOfDay) {
        return Date.from(ReceivedOn.forDeadlines(receivedOn).plus(Period.parse(period))
                .atTime(LocalTime.parse(timeOfDay)).atZone(RegistryClock.ZONE).toInstant());
    }
}
