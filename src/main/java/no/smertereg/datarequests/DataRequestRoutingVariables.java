package no.smertereg.datarequests;

import java.util.Set;

import org.springframework.stereotype.Component;

import no.smertereg.engine.RoutingVariables;

/** The data-request diagram's one variable of its own, the council's decision, which the engine's history keeps. */
@Component
class DataRequestRoutingVariables implements RoutingVariables {

    @Override
    public Set<String> routingVariables() {
        return Set.of(DataRequestProcess.VAR_APPROVED);
    }
}
