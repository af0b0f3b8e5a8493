package no.smertereg.privacy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RoutingVariables;

/** Starts a reservation or request process and completes its secretariat task for the registry. */
@Component
class PrivacyEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    PrivacyEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * The registry's national unit (RESH 0): the engine's tenant provider makes a process's start variable
     * {@code unitResh} its tenant, so a case is seen in Tasklist and Cockpit by the national users (secretariat, SC)
     * and not by every unit's LC.
     */
    static final String NATIONAL_UNIT = "0";
    private static final String VAR_UNIT = RoutingVariables.UNIT;

    String start(String processKey, Long caseId, LocalDate receivedOn, Map<String, Object> more) {
        var variables = Variables.createVariables().putValue(PrivacyProcesses.VAR_RECEIVED_ON, receivedOn.toString())
                .putValue(VAR_UNIT, NATIONAL_UNIT);
        variables.putAll(more);
        return runtime.startProcessInstanceByKey(processKey, caseId.toString(), variables).getId();
    }

    /** The open secretariat task of the instance, if any. */
    Optional<Task> task(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream().findFirst();
    }

    void complete(String processInstanceId) {
        task(processInstanceId).ifPresent(task -> RegistryCompletions.run(task.getId(),
                () -> tasks.complete(task.getId())));
    }
}
