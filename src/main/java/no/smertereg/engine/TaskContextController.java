package no.smertereg.engine;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.NotFoundException;

/**
 * Whom an open task is about, for Tasklist's task-detail plugin: the course's patient (PID, name), unit and start for
 * a clinician form task, the applicant for an access-approval task. The engine holds only the business key; the
 * module that owns the process answers from its tables with its own checks. A task the user may not see, that does
 * not exist or that is about nobody answers the same 404, which names nothing.
 */
@RestController
@Tag(name = "Oppgaver / tasks")
class TaskContextController {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final List<TaskContextSource> sources;

    TaskContextController(TaskService tasks, RuntimeService runtime, RepositoryService repository,
            List<TaskContextSource> sources) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.sources = sources;
    }

    @Operation(summary = "Whom an open task is about: the course's patient, or the applicant",
            description = "For Tasklist. A clinician form task (also a correction) answers the course: PID, name, "
                    + "unit, department and start date, with the course page's checks, audited as the course page's "
                    + "read of personal data. An access-approval task answers the applicant to those who may decide "
                    + "it. 404 for a task that does not exist, that the user may not see or that is about nobody.")
    @GetMapping("/api/tasks/{taskId}/context")
    Object context(@PathVariable String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw notFound();
        }
        String processKey = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        TaskContextSource source = sources.stream().filter(s -> s.processKeys().contains(processKey)).findFirst()
                .orElseThrow(TaskContextController::notFound);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            throw notFound();
        }
        try {
            return source.describe(instance.getBusinessKey());
        } catch (NotFoundException e) {
            throw notFound(); // the module's own message may name the course
        }
    }

    private static NotFoundException notFound() {
        return new NotFoundException("error.task.notFound");
    }
}
