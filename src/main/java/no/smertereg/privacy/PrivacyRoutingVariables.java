package no.smertereg.privacy;

import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.engine.RoutingVariables;

/** The privacy processes' variables, which the engine's history keeps. */
@Component
class PrivacyRoutingVariables implements RoutingVariables {

    @Override
    public Set<String> routingVariables() {
        return PrivacyProcesses.ROUTING_VARIABLES;
    }
}
