package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A database upgraded with courses running on the diagrams from before issue 17 (copies in
 * {@code src/test/resources/earlier/}): until a system manager migrates them, such a course still orders its
 * patient forms at the newest diagram's send times, sends, reminds and locks them, plans Opioid from the end date
 * and moves it when the end date is corrected.
 */
class EarlierDiagramsIT extends IntegrationTest {

    private static final List<String> KEYS = List.of("smertereg-course", "patient-form", "form-correction");

    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;

    @AfterEach
    void newCoursesStartOnTheDiagramsOfTheClasspathAgain() throws IOException {
        ClockUtil.reset();
        BpmnModelInstance[] current = new BpmnModelInstance[KEYS.size()];
        for (int i = 0; i < KEYS.size(); i++) {
            current[i] = DiagramVersions.model(KEYS.get(i));
        }
        versions().deploy("earlier-diagrams-it-restore", current);
    }

    @Test
    void aCourseOnTheEarlierDiagramsRunsToItsEnd() throws IOException {
        BpmnModelInstance[] earlier = new BpmnModelInstance[KEYS.size()];
        for (int i = 0; i < KEYS.size(); i++) {
            try (InputStream in = getClass().getResourceAsStream("/earlier/" + KEYS.get(i) + ".bpmn")) {
                earlier[i] = Bpmn.readModelFromStream(in);
            }
        }
        versions().deploy("earlier-diagrams-it", earlier);
        ClockUtil.setCurrentTime(oslo("2026-11-23T10:00"));

        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", id, "tidligere" + id + "@example.invalid");
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        String pasreg = patientForm(id, "PASREG");
        assertThat(repository.getProcessDefinition(runtime.createProcessInstanceQuery().processInstanceId(pasreg)
                .singleResult().getProcessDefinitionId()).getDeploymentId()).as("runs on the earlier diagram")
                .isEqualTo(repository.createDeploymentQuery().deploymentName("earlier-diagrams-it").singleResult()
                        .getId());
        assertThat(due(pasreg)).isEqualTo(oslo("2026-11-23T16:30"));
        assertThat(due(patientForm(id, "HADS"))).isEqualTo(oslo("2026-11-23T16:32"));

        runDueJobs(pasreg, "2026-11-23T16:30");
        runDueJobs(pasreg, "2026-11-26T16:30");
        runDueJobs(pasreg, "2026-11-29T16:30");
        assertThat(jdbc.queryForList("select e.event from dispatch_event e join patient_form f on f.id = "
                + "e.patient_form_id where f.course_id = ? and f.form_type = 'PASREG' order by e.id", String.class,
                id)).containsExactly("SENT", "REMINDED", "LOCKED");

        finalise("lu.haukeland", id, "B22", Map.of("SluttDato", "2026-11-20", "AntPasTils", 2, "IkkeMedBeh", "0",
                "VidereOppf", "0", "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0"));
        assertThat(due(patientForm(id, "OPIOID"))).isEqualTo(oslo("2026-12-18T16:30"));

        JsonNode b22 = as("lc.haukeland").get("/api/courses/" + id + "/forms/B22").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B22/unlock", Map.of("version",
                b22.path("version").asLong(), "reason", "Feil antall")).expect(200);
        finalise("lu.haukeland", id, "B22", Map.of("SluttDato", "2026-11-25", "AntPasTils", 3, "IkkeMedBeh", "0",
                "VidereOppf", "0", "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0"));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("form-correction")
                .processInstanceBusinessKey(String.valueOf(id)).count()).as("the correction ended").isZero();
        assertThat(due(patientForm(id, "OPIOID"))).as("the corrected end date moves Opioid")
                .isEqualTo(oslo("2026-12-23T16:30"));
    }

    private DiagramVersions versions() {
        return new DiagramVersions(repository, management);
    }

    private String patientForm(long courseId, String form) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).variableValueEquals("patientForm", form)
                .singleResult().getId();
    }

    private Date due(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult().getDuedate();
    }
}
