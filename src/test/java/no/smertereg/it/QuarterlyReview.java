package no.smertereg.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Unit A's quarterly user-list review for tests that need its task: opened when none is, and closed again. */
final class QuarterlyReview {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private String opened;

    QuarterlyReview(TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
    }

    /** The open review task of unit A, or the one its quarterly timer opens when fired now. */
    String taskOfUnitA() {
        Task open = tasks.createTaskQuery().processDefinitionKey("access-review").processInstanceBusinessKey(
                IntegrationTest.HAUKELAND).active().singleResult();
        if (open != null) {
            return open.getId();
        }
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("access-review")
                .processInstanceBusinessKey(IntegrationTest.HAUKELAND).singleResult().getId();
        Job quarter = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        management.executeJob(quarter.getId());
        opened = tasks.createTaskQuery().processInstanceId(instance).active().singleResult().getId();
        return opened;
    }

    /** Confirms every user of the review this fixture opened, as unit A's user administrator would. */
    void closeWhatWasOpened(Api administrator) {
        if (opened == null) {
            return;
        }
        for (JsonNode review : administrator.get("/api/access/reviews").expect(200).json()) {
            if (review.path("taskId").asText().equals(opened)) {
                administrator.post("/api/access/reviews/" + opened, Map.of("confirm",
                        review.path("users").findValuesAsText("username"), "remove", List.of())).expect(200);
            }
        }
        opened = null;
    }
}
