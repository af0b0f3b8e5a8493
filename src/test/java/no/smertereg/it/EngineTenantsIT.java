package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.access.AccessProcesses;

/**
 * ADR 0017: each registry's share of a unit is an engine tenant of its own. In St. Olavs-like units that SmerteReg
 * and NNRR share (HAUKELAND here), Tasklist and the engine API show a session its registry's form tasks, access
 * applications and user-list reviews, never the other registry's task names, course ids or applicants.
 */
class EngineTenantsIT extends IntegrationTest {

    private static final String NNRR_TENANT = "nnrr" + HAUKELAND;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void inASharedUnit_eachRegistrysClinicianSeesItsOwnRegistrysFormTasksOnly() {
        insertUser("tenant.nnrr", "+47 400 97 201", false, "LU");
        grantIn("nnrr", "tenant.nnrr", HAUKELAND, "LU");
        long nnrrCourse = newCourse("tenant.nnrr", HAUKELAND).path("id").asLong();
        long smerteregCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();

        JsonNode own = as("tenant.nnrr").get(tasksOf(nnrrCourse)).expect(200).json();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("tenantId").asText()).isEqualTo(NNRR_TENANT);
        assertThat(as("tenant.nnrr").get(tasksOf(smerteregCourse)).expect(200).json())
                .as("SmerteReg's task in the same unit").isEmpty();

        assertThat(as("lu.haukeland").get(tasksOf(nnrrCourse)).expect(200).json())
                .as("NNRR's task in the same unit").isEmpty();
        assertThat(as("lu.haukeland").get("/engine-rest/task?maxResults=100000").expect(200).json()
                .findValuesAsText("tenantId")).containsOnly(HAUKELAND);
        JsonNode askedForNnrr = as("lu.haukeland").post("/engine-rest/task/count",
                Map.of("tenantIdIn", List.of(NNRR_TENANT))).expect(200).json();
        assertThat(askedForNnrr.path("count").asLong()).as("asking for the other tenant by name").isZero();
        String nnrrTask = own.get(0).path("id").asText();
        assertThat(as("lu.haukeland").get("/engine-rest/task/" + nnrrTask).status()).isEqualTo(404);

        LocalDate planned = LocalDate.now().plusDays(40);
        JsonNode draft = as("tenant.nnrr").get("/api/courses/" + nnrrCourse + "/forms/BEHANDLER").expect(200).json();
        as("tenant.nnrr").put("/api/courses/" + nnrrCourse + "/forms/BEHANDLER/draft", finalisePayload(draft,
                Map.of("PlanlagtKonsultasjonsDato", planned.toString()))).expect(200);
        ProcessInstance patientForm = runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(nnrrCourse)).singleResult();
        assertThat(patientForm.getTenantId()).as("the called patient form, in the course's tenant")
                .isEqualTo(NNRR_TENANT);
        String preview = "/api/units/" + HAUKELAND + "/dispatch-preview?date=" + planned.minusDays(16);
        assertThat(as("tenant.nnrr").get(preview).expect(200).json().findValuesAsText("courseId"))
                .contains(String.valueOf(nnrrCourse));
        assertThat(as("lu.haukeland").get(preview).expect(200).json().findValuesAsText("courseId"))
                .as("SmerteReg's dispatch preview of the unit").doesNotContain(String.valueOf(nnrrCourse));
    }

    @Test
    void anApplicationToARegistryReachesThatRegistrysUserAdministratorsOfTheUnitOnly() {
        insertUser("tenant.nnrr.admin", "+47 400 97 202", false, "LU");
        grantIn("nnrr", "tenant.nnrr.admin", HAUKELAND, "USER_ADMIN");
        Map<String, Object> form = application("nnrr");
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        String applicationTasks = "/engine-rest/task?processDefinitionKey=" + AccessProcesses.APPLICATION
                + "&processInstanceBusinessKey=" + id;

        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey(AccessProcesses.APPLICATION).singleResult().getTenantId()).isEqualTo(NNRR_TENANT);
        assertThat(as("tenant.nnrr.admin").get(applicationTasks).expect(200).json()).hasSize(1);
        assertThat(as("lc.haukeland").get(applicationTasks).expect(200).json())
                .as("SmerteReg's user administrator of the same unit").isEmpty();
        as("lc.haukeland").post("/api/access/applications/" + id + "/decision", Map.of("approve", true)).expect(404);
        assertThat(as("lc.haukeland").get("/api/access/applications").expect(200).json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
    }

    @Test
    void eachRegistryReviewsItsOwnUsersOfAUnit_andNeitherSeesNorClosesTheOthersReview() {
        insertUser("tenant.nnrr.review", "+47 400 97 203", false, "LU");
        grantIn("nnrr", "tenant.nnrr.review", HAUKELAND, "USER_ADMIN");
        ProcessInstance smertereg = review(HAUKELAND);
        ProcessInstance nnrr = review(NNRR_TENANT);
        assertThat(smertereg.getTenantId()).isEqualTo(HAUKELAND);
        assertThat(nnrr.getTenantId()).isEqualTo(NNRR_TENANT);
        String taskId = openReview(nnrr);

        assertThat(as("lc.haukeland").get("/api/access/reviews").expect(200).json().findValuesAsText("taskId"))
                .doesNotContain(taskId);
        as("lc.haukeland").post("/api/access/reviews/" + taskId, Map.of("confirm", List.of(), "remove", List.of()))
                .expect(404);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).as("still open").isOne();
        assertThat(as("lc.haukeland").get("/engine-rest/task?processDefinitionKey=" + AccessProcesses.REVIEW)
                .expect(200).json().findValuesAsText("id")).doesNotContain(taskId);

        JsonNode reviews = as("tenant.nnrr.review").get("/api/access/reviews").expect(200).json();
        JsonNode mine = null;
        for (JsonNode review : reviews) {
            if (review.path("taskId").asText().equals(taskId)) {
                mine = review;
            }
        }
        assertThat(mine).as("NNRR's user administrator sees NNRR's review").isNotNull();
        assertThat(mine.path("unitResh").asText()).isEqualTo(HAUKELAND);
        assertThat(mine.path("users").findValuesAsText("username")).contains("tenant.nnrr.review")
                .doesNotContain("lu.haukeland", "lc.haukeland");
    }

    private ProcessInstance review(String businessKey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AccessProcesses.REVIEW)
                .processInstanceBusinessKey(businessKey).active().singleResult();
    }

    /** The quarterly timer's due: the review task opens. */
    private String openReview(ProcessInstance review) {
        if (tasks.createTaskQuery().processInstanceId(review.getId()).count() == 0) {
            Job timer = management.createJobQuery().processInstanceId(review.getId()).timers().singleResult();
            management.executeJob(timer.getId());
        }
        return tasks.createTaskQuery().processInstanceId(review.getId()).singleResult().getId();
    }

    private static String tasksOf(long course) {
        return "/engine-rest/task?processInstanceBusinessKey=" + course;
    }

    private static Map<String, Object> application(String registry) {
        String suffix = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
        Map<String, Object> form = new HashMap<>();
        form.put("username", "tenant.soker" + suffix);
        form.put("fullName", "Ny Søker");
        form.put("mobile", "+47 92 " + suffix);
        form.put("email", "tenant.soker" + suffix + "@helse.invalid");
        form.put("position", "SYKEPLEIER");
        form.put("region", "HELSE_VEST");
        form.put("unitResh", HAUKELAND);
        form.put("clinic", "Kirurgisk klinikk");
        form.put("department", "Kirurgisk avdeling");
        form.put("project", "SMERTEREG");
        form.put("itPersonnel", false);
        form.put("registry", registry);
        return form;
    }
}
