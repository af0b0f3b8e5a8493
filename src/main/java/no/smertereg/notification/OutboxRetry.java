package no.smertereg.notification;

import java.time.Duration;

/**
 * When a notice the mail server did not take is tried again: after the first wait (the claim time), then twice as long
 * after each further failure, never longer than {@code longest}; after {@code attempts} failed tries it is given up
 * (docs/operations.md, "Mail that cannot be sent").
 */
record OutboxRetry(Duration first, Duration longest, int attempts) {

    OutboxRetry {
        if (attempts < 1 || first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("registry.mail-relay-attempts must be at least 1 and the longest wait "
                    + "at least the claim time");
        }
    }

    /** The wait before the next try after {@code failures} (at least 1) failed tries. */
    Duration waitAfter(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    boolean givesUpAfter(int failures) {
        return failures >= attempts;
    }
}
