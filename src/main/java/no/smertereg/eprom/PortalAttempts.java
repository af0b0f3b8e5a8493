package no.smertereg.eprom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/** Limits portal code attempts per client address: at most five in fifteen minutes (per node). */
@Component
class PortalAttempts {

    static final int MAX_ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final RegistryClock clock;

    PortalAttempts(RegistryClock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt from this client and says whether it may go on: at most five in fifteen minutes, counted
     * before the code is checked, so parallel requests cannot slip past the limit.
     */
    boolean allow(String client) {
        Instant now = clock.now();
        Instant since = now.minus(WINDOW);
        boolean[] allowed = new boolean[1];
        attempts.compute(client, (c, recent) -> {
            Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
            kept.removeIf(at -> at.isBefore(since));
            allowed[0] = kept.size() < MAX_ATTEMPTS;
            if (allowed[0]) {
                kept.add(now);
            }
            return kept;
        });
        attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
        return allowed[0];
    }
}
