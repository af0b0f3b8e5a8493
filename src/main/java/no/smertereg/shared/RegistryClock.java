package no.smertereg.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The one clock of the registry: the engine's, so that tests move registry and timers together. */
@Component
public class RegistryClock {

    public static final ZoneId ZONE = ZoneId.of(TimeZoneGuard.REGISTRY_ZONE);

    public Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZONE);
    }
}
