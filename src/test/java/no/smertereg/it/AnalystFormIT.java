package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import no.smertereg.forms.AnalystCopy;

/**
 * The application started on an analyst's copy of {@code processes/} and {@code forms/} with a new clinician form
 * B3 on type 2 and 3 courses, and no Java change: the engine deploys the copy, and B3 is on the course, is
 * validated from its {@code .form}, finalised, unlocked into the generic correction task and finalised again. Its
 * own database, so the changed diagram reaches no other test.
 */
@ContextConfiguration(initializers = AnalystFormIT.AnalystCopyAndDatabase.class, inheritInitializers = false)
class AnalystFormIT extends IntegrationTest {

    private static final Map<String, Object> B3 = Map.of("SmerteKat", "2", "DiagKatLangvarig", "4",
            "TidligereRus", "0", "PaagaaRus", "0", "LAR", "0", "Opioid4a", true);

    @Autowired
    RepositoryService repository;

    @Autowired
    TaskService tasks;

    @Test
    void newClinicianFormB3_isDeployedFromTheCopy_andFilledInFinalisedUnlockedAndCorrected() {
        ProcessDefinition course = repository.createProcessDefinitionQuery().processDefinitionKey("smertereg-course")
                .latestVersion().singleResult();
        assertThat((Object) repository.getBpmnModelInstance(course.getId()).getModelElementById("UserTask_B3"))
                .as("the deployed course diagram has B3").isNotNull();

        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        assertThat(states(course("lu.haukeland", id))).containsEntry("B3", "NOT_AVAILABLE");
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        JsonNode b3 = form(course("lu.haukeland", id), "B3");
        assertThat(b3.path("status").asText()).isEqualTo("NEW");
        assertThat(b3.path("label").asText()).isEqualTo("B3");

        JsonNode draft = as("lu.haukeland").get("/api/courses/" + id + "/forms/b3").expect(200).json();
        as("lu.haukeland").post("/api/courses/" + id + "/forms/B3/finalise",
                finalisePayload(draft, Map.of("SmerteKat", "7"))).expect(400);
        finalise("lu.haukeland", id, "B3", B3);
        assertThat(states(course("lu.haukeland", id))).containsEntry("B3", "FINALISED");

        JsonNode locked = as("lc.haukeland").get("/api/courses/" + id + "/forms/B3").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B3/unlock",
                Map.of("version", locked.path("version").asLong(), "reason", "Feil diagnose")).expect(200);
        Task correction = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("form-correction").initializeFormKeys().singleResult();
        assertThat(correction.getName()).isEqualTo("Korriger B3");
        assertThat(correction.getCamundaFormRef().getKey()).isEqualTo("smertereg-b3");

        finalise("lu.haukeland", id, "B3", B3);
        assertThat(states(course("lu.haukeland", id))).containsEntry("B3", "FINALISED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("form-correction").count()).isZero();
    }

    private static Map<String, String> states(JsonNode course) {
        Map<String, String> states = new HashMap<>();
        course.path("forms").forEach(f -> states.put(f.path("formKey").asText(), f.path("status").asText()));
        return states;
    }

    /**
     * The analyst's edited copy in a temporary folder, and a database of its own on the tests' server. The shared
     * initializers are not inherited but called here, first: an inherited one runs after this one and would set
     * the shared database again.
     */
    static class AnalystCopyAndDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        /** Not "default": the tests' other application's engine REST API finds its engine by that name. */
        private static final String ENGINE = "analyst";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new MailTestServer().initialize(context);
            try {
                AnalystCopy copy = AnalystCopy.of(Files.createTempDirectory("analyst-copy"));
                copy.copyForm("smertereg-b11", "smertereg-b3");
                copy.addClinicianFormOnType2And3("B3", "Fyll ut B3", "smertereg-b3");
                String[] server = PostgresTestDatabase.connection();
                TestPropertyValues.of("camunda.bpm.process-engine-name=" + ENGINE, "registry.definitions-location=" + copy.location(),
                        "spring.datasource.url=" + PostgresTestDatabase.separateDatabase("registry_forms_analyst"),
                        "spring.datasource.username=" + server[1], "spring.datasource.password=" + server[2])
                        .applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
