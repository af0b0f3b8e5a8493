package no.smertereg.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The harness's clock: ClockUtil, which the registry and the engine both read, in Europe/Oslo. */
final class BenchTime {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private BenchTime() {
    }

    static Date at(LocalDate day, int hour, int minute) {
        return Date.from(day.atTime(LocalTime.of(hour, minute)).atZone(OSLO).toInstant());
    }

    static void set(LocalDate day, int hour, int minute) {
        ClockUtil.setCurrentTime(at(day, hour, minute));
    }

    /** The next 16:30 from now (the patient forms' send time, as the registry's schedule computes it). */
    static Date next1630(Date now) {
        LocalDate today = now.toInstant().atZone(OSLO).toLocalDate();
        Date send = at(today, 16, 30);
        return now.before(send) ? send : at(today.plusDays(1), 16, 30);
    }
}
