package no.smertereg.access.application;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.shared.ClientLimit;
import no.smertereg.shared.RegistryClock;

/**
 * Anonymous applications per client address and hour (per node), so that nobody fills the user administrators'
 * inboxes from one machine: {@code registry.access.applications-per-hour}, 10 by default.
 */
@Component
class ApplicationLimit {

    private final ClientLimit limit;

    ApplicationLimit(@Value("${registry.access.applications-per-hour:10}") int perHour, RegistryClock clock) {
        this.limit = new ClientLimit(perHour, Duration.ofHours(1), clock);
    }

    boolean allow(String client) {
        return limit.allow(client);
    }
}
