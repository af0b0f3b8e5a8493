package no.smertereg.eprom;

import java.time.Duration;

import org.springframework.stereotype.Component;

import no.smertereg.shared.ClientLimit;
import no.smertereg.shared.RegistryClock;

/** Limits portal code attempts per client address: at most five in fifteen minutes (per node). */
@Component
class PortalAttempts {

    static final int MAX_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final ClientLimit limit;

    PortalAttempts(RegistryClock clock) {
        this.limit = new ClientLimit(MAX_ATTEMPTS, WINDOW, clock);
    }

    /** Counts an attempt from this client, before the code is checked, and says whether it may go on. */
    boolean allow(String client) {
        return limit.allow(client);
    }
}
