package no.smertereg.shared;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registries the platform runs, by id and name (ADR 0013), for the parts that name or check a registry without
 * reading its definitions: the login's choice of registry and unit, access applications, the engine's tenants.
 */
public interface RegistryDirectory {

    /** The id of the platform's own roles (the system manager): held in no registry; never a registry's id. */
    String PLATFORM = "platform";

    /** Every registry's id and name, in a stable order. */
    Map<String, String> names();

    /**
     * The registry whose engine tenants are the bare RESH ids (SmerteReg, which ran before there were two
     * registries, ADR 0017); empty when every registry's tenants carry its id.
     */
    default Optional<String> unitTenanted() {
        return Optional.empty();
    }

    default boolean exists(String registryId) {
        return names().containsKey(registryId);
    }

    /** The registry's name; the id when there is no such registry (a role kept for a registry since removed). */
    default String nameOf(String registryId) {
        return names().getOrDefault(registryId, registryId);
    }

    /** The registry books courses: its descriptor names the clerk's booking fields, so it has clerks (N2). */
    default boolean books(String registryId) {
        return false;
    }

    /** What patients are told the registry is called (notices, portal); the name unless the registry says. */
    default String patientNameOf(String registryId) {
        return nameOf(registryId);
    }

    /**
     * The Camunda tenant of a registry's instances in a unit (ADR 0017): the registry id followed by the RESH id, or
     * the bare RESH id for the unit-tenanted registry and for the platform's own processes (privacy cases, RESH 0).
     * Tasklist, Cockpit and the engine API show a session only its registry's tenants.
     */
    default String engineTenant(String registryId, String unitResh) {
        if (registryId == null || PLATFORM.equals(registryId) || unitTenanted().filter(registryId::equals).isPresent()) {
            return unitResh;
        }
        return registryId + unitResh;
    }

    /** Every registry's tenant in the unit. */
    default List<String> engineTenantsOf(String unitResh) {
        return names().keySet().stream().map(id -> engineTenant(id, unitResh)).toList();
    }

    /**
     * The registry and unit of an engine tenant: a registry id followed by digits, or else a bare RESH id of the
     * unit-tenanted registry (the platform's, when there is none).
     */
    default EngineTenant ofEngineTenant(String tenantId) {
        if (tenantId == null) {
            return new EngineTenant(PLATFORM, "");
        }
        for (String id : names().keySet()) {
            if (tenantId.startsWith(id) && tenantId.length() > id.length()
                    && tenantId.substring(id.length()).chars().allMatch(Character::isDigit)) {
                return new EngineTenant(id, tenantId.substring(id.length()));
            }
        }
        return new EngineTenant(unitTenanted().orElse(PLATFORM), tenantId);
    }

    /** A registry's share of a unit, as the engine's tenant names it. */
    record EngineTenant(String registryId, String unitResh) {
    }
}
