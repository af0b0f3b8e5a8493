package no.smertereg.shared;

import java.util.Map;

/**
 * The registries the platform runs, by id and name (ADR 0013), for the parts that name or check a registry without
 * reading its definitions: the login's choice of registry and unit, access applications.
 */
public interface RegistryDirectory {

    /** The id of the platform's own roles (the system manager): held in no registry; never a registry's id. */
    String PLATFORM = "platform";

    /** Every registry's id and name, in a stable order. */
    Map<String, String> names();

    default boolean exists(String registryId) {
        return names().containsKey(registryId);
    }

    /** The registry's name; the id when there is no such registry (a role kept for a registry since removed). */
    default String nameOf(String registryId) {
        return names().getOrDefault(registryId, registryId);
    }
}
