package no.smertereg.course.process;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

import no.smertereg.access.AccessProcesses;

/**
 * Keeps answers out of the engine's history: only routing variables (of the course, access and privacy processes) are
 * written. Tasklist submits every form
 * field as a variable; the complete listener stores them in the registry and removes them, and this handler
 * makes sure they never reach ACT_HI_*.
 */
class RoutingOnlyHistoryEventHandler extends DbHistoryEventHandler {

    static final Set<String> ROUTING_VARIABLES = routingVariables();

    private static Set<String> routingVariables() {
        Set<String> names = new HashSet<>(CourseProcess.ROUTING_VARIABLES);
        names.addAll(AccessProcesses.ROUTING_VARIABLES);
        names.addAll(no.smertereg.privacy.PrivacyProcesses.ROUTING_VARIABLES);
        return Set.copyOf(names);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable
                && !ROUTING_VARIABLES.contains(variable.getVariableName())) {
            return;
        }
        if (event instanceof HistoricFormPropertyEventEntity) {
            return;
        }
        super.handleEvent(event);
    }
}
