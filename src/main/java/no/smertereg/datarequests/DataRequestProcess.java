package no.smertereg.datarequests;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RoutingVariables;

/** Names of {@code data-request.bpmn}, and the starts and completions of its instances for the registry's pages. */
@Component
class DataRequestProcess {

    static final String KEY = "data-request";
    static final String VAR_APPROVED = "approved";
    static final String TASK_DECISION = "UserTask_CouncilDecision";
    static final String TASK_AGREEMENT = "UserTask_Agreement";
    /** The registry's national unit: the case is the registry's, seen by its SC in Tasklist and Cockpit. */
    static final String NATIONAL_UNIT = "0";

    private final RuntimeService runtime;
    private final TaskService tasks;

    DataRequestProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    String start(String registryId, Long requestId) {
        return runtime.startProcessInstanceByKey(KEY, requestId.toString(), Variables.createVariables()
                .putValue(RoutingVariables.REGISTRY, registryId).putValue(RoutingVariables.UNIT, NATIONAL_UNIT)).getId();
    }

    /** The instance's open task with this id, if it waits there. */
    Optional<Task> open(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list()
                .stream().findFirst();
    }

    void complete(Task task, Map<String, Object> variables) {
        RegistryCompletions.run(task.getId(), () -> tasks.complete(task.getId(), variables));
    }
}
