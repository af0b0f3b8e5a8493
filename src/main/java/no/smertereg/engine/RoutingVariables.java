package no.smertereg.engine;

import java.util.Set;

/** A module's process variables that the engine's history keeps; every other variable stays out of ACT_HI_*. */
public interface RoutingVariables {

    /** The start variable of every process: the hospital unit (RESH id), which is the instance's tenant. */
    String UNIT = "unitResh";

    Set<String> routingVariables();
}
