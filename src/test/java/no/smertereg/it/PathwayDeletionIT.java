package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * ADR 0016: a diagram deletes its course by the pathway's rule with {@code ${course.delete(execution, 'reason')}}.
 * The course is kept as deleted with the diagram's reason, its other instances (the course pathway, the patient
 * forms) end, it leaves the worklist and the course page, and the deletion is in the audit log, also after a
 * finalised form, where an LC's deletion is refused.
 */
class PathwayDeletionIT extends IntegrationTest {

    private static final String PROBE = "pathway-deletion-probe";

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @Test
    void aDiagramDeletesItsCourse_withItsReason_endingTheCoursesOtherInstances() throws IOException {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        JsonNode course = course("lc.haukeland", id);
        as("lc.haukeland").post("/api/courses/" + id + "/deletion", Map.of("version",
                course.path("version").asLong(), "reason", "Feil pasient")).expect(409);
        assertThat(instancesOf(id)).as("the course pathway, Pasreg and HADS").isEqualTo(3);
        deployProbe("Ingen relevant nakke/rygg-diagnose");

        String probe = runtime.startProcessInstanceByKey(PROBE, String.valueOf(id)).getId();

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(probe).count()).isZero();
        assertThat(instancesOf(id)).isZero();
        assertThat(jdbc.queryForMap("select status, deleted_by, delete_reason from course where id = ?", id))
                .containsEntry("status", "DELETED").containsEntry("deleted_by", "forløpsdiagram")
                .containsEntry("delete_reason", "Ingen relevant nakke/rygg-diagnose");
        assertThat(jdbc.queryForList("select username from audit_event where action = 'COURSE_DELETE' and "
                + "course_id = ?", String.class, id)).containsExactly("system");
        as("lu.haukeland").get("/api/courses/" + id).expect(404);
        assertThat(as("lu.haukeland").get("/api/worklist").json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void aDeletionWithoutAReason_isRefused_andChangesNothing() throws IOException {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        deployProbe(" ");

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROBE, String.valueOf(id)))
                .hasMessageContaining("reason");

        assertThat(jdbc.queryForObject("select status from course where id = ?", String.class, id))
                .isEqualTo("ACTIVE");
        assertThat(instancesOf(id)).isOne();
    }

    private void deployProbe(String reason) throws IOException {
        BpmnModelInstance probe = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("ServiceTask_Delete").camundaExpression("${course.delete(execution, '" + reason + "')}")
                .endEvent().done();
        new DiagramVersions(repository, management).deploy("pathway-deletion-it", probe);
    }

    private long instancesOf(long courseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(courseId)).count();
    }
}
