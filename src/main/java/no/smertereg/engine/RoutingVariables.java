package no.smertereg.engine;

import java.util.Set;

/** A module's process variables that the engine's history keeps; every other variable stays out of ACT_HI_*. */
public interface RoutingVariables {

    /** The start variable of every process: the hospital unit (RESH id), the instance's tenant with {@link #REGISTRY}. */
    String UNIT = "unitResh";

    /**
     * The start variable of a registry's processes: the registry id, which with the unit names the instance's tenant
     * (ADR 0017). The platform's own processes (privacy cases) leave it out.
     */
    String REGISTRY = "registryId";

    Set<String> routingVariables();
}
