package no.smertereg.eprom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/** Limits wrong portal codes per client address: at most five in fifteen minutes (per node). */
@Component
class PortalAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final RegistryClock clock;

    PortalAttempts(RegistryClock clock) {
        this.clock = clock;
    }

    boolean blocked(String client) {
        Deque<Instant> recent = failures.get(client);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            Instant since = clock.now().minus(WINDOW);
            recent.removeIf(at -> at.isBefore(since));
            return recent.size() >= MAX_FAILURES;
        }
    }

    void failed(String client) {
        Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (recent) {
            recent.add(clock.now());
        }
    }
}
