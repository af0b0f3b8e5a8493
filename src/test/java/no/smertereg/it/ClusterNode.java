package no.smertereg.it;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;

import no.smertereg.RegistryApplication;

/**
 * An application node in a JVM of its own, its engine clock set by the first argument: an instant (the clock stands
 * there until moved) or {@code offset:<millis>} (the clock runs, that far from the wall clock).
 */
public final class ClusterNode {

    /** Printed once the start-up runners (identity sync, demo data) are done: a test may then write its own rows. */
    static final String READY = "ClusterNode ready: start-up runners done";

    static final String OFFSET = "offset:";

    private ClusterNode() {
    }

    public static void main(String[] args) {
        if (args[0].startsWith(OFFSET)) {
            ClockUtil.offset(Long.parseLong(args[0].substring(OFFSET.length())));
        } else {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(args[0])));
        }
        new SpringApplicationBuilder(RegistryApplication.class).run(Arrays.copyOfRange(args, 1, args.length));
        System.out.println(READY);
    }
}
