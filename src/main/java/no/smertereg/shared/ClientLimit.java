package no.smertereg.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code max} attempts per client (an address) in a sliding window, in this node's memory. */
public final class ClientLimit {

    private final int max;
    private final Duration window;
    private final RegistryClock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    public ClientLimit(int max, Duration window, RegistryClock clock) {
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /**
     * Counts an attempt from this client and says whether it may go on. It is counted before the request is
     * handled, so parallel requests cannot slip past the limit.
     */
    public boolean allow(String client) {
        Instant now = clock.now();
        Instant since = now.minus(window);
        boolean[] allowed = new boolean[1];
        attempts.compute(client, (c, recent) -> {
            Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
            kept.removeIf(at -> at.isBefore(since));
            allowed[0] = kept.size() < max;
            if (allowed[0]) {
                kept.add(now);
            }
            return kept;
        });
        attempts.entrySet().removeIf(e -> e.getValue().isEmpty());
        return allowed[0];
    }
}
