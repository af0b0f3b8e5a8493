package no.smertereg.eprom;

import java.time.Duration;

import org.springframework.stereotype.Component;

import no.smertereg.web.ClientAddress;
import no.smertereg.web.RequestLimits;

/** Limits portal code attempts per client address: at most five in fifteen minutes, counted over all nodes. */
@Component
class PortalAttempts {

    static final int MAX_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final RequestLimits limits;

    PortalAttempts(RequestLimits limits) {
        this.limits = limits;
    }

    /** Counts an attempt from this client, before the code is checked, and says whether it may go on. */
    boolean allow(String client) {
        return limits.tryAcquire("portal-code:" + ClientAddress.limitKey(client), MAX_ATTEMPTS, WINDOW);
    }
}
