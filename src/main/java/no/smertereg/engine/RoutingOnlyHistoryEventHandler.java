package no.smertereg.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Keeps answers out of the engine's history: only the routing variables the modules declare
 * ({@link RoutingVariables}) are written. Tasklist submits every form field as a variable; the complete listener
 * stores them in the registry and removes them, and this handler makes sure they never reach ACT_HI_*.
 */
class RoutingOnlyHistoryEventHandler extends DbHistoryEventHandler {

    private final Set<String> routingVariables;

    RoutingOnlyHistoryEventHandler(Set<String> routingVariables) {
        this.routingVariables = Set.copyOf(routingVariables);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && !routingVariables.contains(variable.getVariableName())) {
            return;
        }
        if (event instanceof HistoricFormPropertyEventEntity) {
            return;
        }
        super.handleEvent(event);
    }
}
