package no.smertereg.access.application;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.web.ClientAddress;
import no.smertereg.web.RequestLimits;

/**
 * Anonymous applications per client address and hour (counted over all nodes), so that nobody fills the user
 * administrators' inboxes from one machine: {@code registry.access.applications-per-hour}, 10 by default.
 */
@Component
class ApplicationLimit {

    private final RequestLimits limits;
    private final int perHour;

    ApplicationLimit(@Value("${registry.access.applications-per-hour:10}") int perHour, RequestLimits limits) {
        this.limits = limits;
        this.perHour = perHour;
    }

    boolean allow(String client) {
        return limits.tryAcquire("application:" + ClientAddress.limitKey(client), perHour, Duration.ofHours(1));
    }
}
