package no.smertereg.shared;

import java.util.TimeZone;

/**
 * Cron timers, due dates and the engine's local timestamps are read in the JVM default zone, so every node
 * must run in Europe/Oslo. Refuses to start elsewhere unless REGISTRY_ALLOW_ANY_TIME_ZONE=true.
 */
public final class TimeZoneGuard {

    public static final String REGISTRY_ZONE = "Europe/Oslo";

    private TimeZoneGuard() {
    }

    public static void requireOsloOrExplicitOverride() {
        String zone = TimeZone.getDefault().getID();
        boolean allowed = Boolean.parseBoolean(System.getenv().getOrDefault("REGISTRY_ALLOW_ANY_TIME_ZONE",
                System.getProperty("registry.allow-any-time-zone", "false")));
        if (!REGISTRY_ZONE.equals(zone) && !allowed) {
            throw new IllegalStateException("The JVM time zone is " + zone + ", but the registry must run in "
                    + REGISTRY_ZONE + " (start with -Duser.timezone=" + REGISTRY_ZONE
                    + ", or set REGISTRY_ALLOW_ANY_TIME_ZONE=true to override).");
        }
    }
}
