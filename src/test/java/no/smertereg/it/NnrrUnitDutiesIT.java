package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * NNRR's unit duties (N5) through the platform: the unit diagram runs once per unit in NNRR's tenant (and not for
 * SmerteReg, whose descriptor names none); the stale unfinished forms give the unit's NNRR registry responsible a
 * tidying task; the monthly coverage count is entered through the registry, which completes the month's task; the
 * quarterly report counts the unit's courses against the counts.
 */
class NnrrUnitDutiesIT extends IntegrationTest {

    private static final String TENANT = "nnrr" + HAUKELAND;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void theUnitDiagramRunsPerUnitInNnrrsTenant_andStaleDraftsGiveItsRegistryResponsibleATask() throws Exception {
        ProcessInstance unit = unitDiagram();
        assertThat(unit.getTenantId()).isEqualTo(TENANT);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("nnrr-unit")
                .processInstanceBusinessKey(HAUKELAND).count()).as("SmerteReg has no unit diagram").isZero();
        ProcessInstance elsewhere = runtime.createProcessInstanceQuery().processDefinitionKey("nnrr-unit")
                .processInstanceBusinessKey("nnrr" + AHUS).active().singleResult();
        fire(elsewhere, "Timer_CoverageMonth");
        assertThat(tasks.createTaskQuery().processInstanceId(elsewhere.getId()).count())
                .as("no count asked for where NNRR has no users").isZero();

        nnrrUser("plikt.lu", "+47 400 97 301", "LU");
        nnrrUser("plikt.lc", "+47 400 97 302", "LC");
        long course = newCourse("plikt.lu", HAUKELAND).path("id").asLong();
        JsonNode draft = as("plikt.lu").get("/api/courses/" + course + "/forms/BEHANDLER").expect(200).json();
        as("plikt.lu").put("/api/courses/" + course + "/forms/BEHANDLER/draft", finalisePayload(draft, Map.of(
                "PlanlagtKonsultasjonsDato", LocalDate.now().plusDays(3).toString()))).expect(200);
        jdbc.update("update form_instance set saved_at = now() - interval '40 days' where course_id = ?", course);

        fire(unit, "Timer_StaleMonth");

        Task tidying = tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_StaleDrafts")
                .singleResult();
        assertThat(tidying.getName()).matches("Rydd uferdige skjema \\(\\d+\\)");
        assertThat(tidying.getTenantId()).isEqualTo(TENANT);
        assertThat(as("plikt.lc").get("/engine-rest/task?taskDefinitionKey=UserTask_StaleDrafts").expect(200).json()
                .findValuesAsText("id")).contains(tidying.getId());
        assertThat(as("lc.haukeland").get("/engine-rest/task?taskDefinitionKey=UserTask_StaleDrafts").expect(200)
                .json().findValuesAsText("id")).as("SmerteReg's LC of the unit").doesNotContain(tidying.getId());
        SessionClient lc = new SessionClient(port, jdbc);
        lc.loginAs("plikt.lc", "demo");
        assertThat(lc.get("/arbeidsliste/enhetens-uferdige", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .as("the list the task points to").contains("/forlop/" + course);
    }

    @Test
    void theMonthsCountIsEnteredByTheUnitsNnrrRegistryResponsible_completingTheTask_andCountsInTheQuarterReport() {
        ProcessInstance unit = unitDiagram();
        nnrrUser("telling.lc", "+47 400 97 303", "LC");
        nnrrUser("telling.lu", "+47 400 97 304", "LU");
        jdbc.update("update app_user set email = 'telling.lc@helse.invalid' where username = 'telling.lc'");
        String month = YearMonth.now().minusMonths(1).toString();
        String coverage = "/api/units/" + HAUKELAND + "/coverage";

        fire(unit, "Timer_CoverageMonth");
        Task task = tasks.createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_Coverage")
                .singleResult();
        assertThat(tasks.getVariable(task.getId(), "coverageMonth")).isEqualTo(month);

        assertThat(as("telling.lc").put(coverage + "/2026-13", Map.of("examined", 5)).expect(400).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("month");
        assertThat(as("telling.lc").put(coverage + "/" + YearMonth.now().plusMonths(1), Map.of("examined", 5))
                .expect(400).json().path("errors").get(0).path("field").asText()).isEqualTo("month");
        assertThat(as("telling.lc").put(coverage + "/" + month, Map.of("examined", -1)).expect(400).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("examined");
        as("telling.lu").put(coverage + "/" + month, Map.of("examined", 41)).expect(403);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("a refused call changes nothing").isOne();

        as("telling.lc").put(coverage + "/" + month, Map.of("examined", 41)).expect(200);
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the month's task is done").isZero();
        JsonNode mine = as("telling.lc").get(coverage).expect(200).json();
        assertThat(mine.path("months").get(0).path("month").asText()).isEqualTo(month);
        assertThat(mine.path("months").get(0).path("examined").asInt()).isEqualTo(41);
        assertThat(as("lc.haukeland").get(coverage).expect(200).json().path("months").findValuesAsText("month"))
                .as("SmerteReg's LC of the unit sees SmerteReg's counts").doesNotContain(month);
        as("telling.lu").get(coverage).expect(403);

        fire(unit, "Timer_Quarter");
        JsonNode quarters = as("telling.lc").get(coverage).expect(200).json().path("quarters");
        assertThat(quarters).isNotEmpty();
        assertThat(quarters.get(0).path("quarter").asText()).matches("\\d{4}-Q[1-4]");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ? and subject like ?",
                Integer.class, "telling.lc@helse.invalid", "Kvartalsrapport%")).isOne();

        String quarter = quarters.get(0).path("quarter").asText();
        YearMonth first = YearMonth.of(Integer.parseInt(quarter.substring(0, 4)),
                (quarter.charAt(6) - '1') * 3 + 1);
        for (int i = 0; i < 3; i++) {
            as("telling.lc").put(coverage + "/" + first.plusMonths(i), Map.of("examined", 10)).expect(200);
        }
        JsonNode refreshed = as("telling.lc").get(coverage).expect(200).json().path("quarters").get(0);
        assertThat(refreshed.path("examined").asInt()).as("a late count joins its quarter's report").isEqualTo(30);
        assertThat(refreshed.path("monthsCounted").asInt()).isEqualTo(3);
        assertThat(refreshed.path("share").asDouble()).isEqualTo(
                Math.round(1000.0 * refreshed.path("registered").asInt() / 30) / 10.0);
    }

    @Test
    void theCoveragePage_keepsWhatWasTypedOnARefusal_andListsTheSavedMonth() throws Exception {
        nnrrUser("side.lc", "+47 400 97 305", "LC");
        SessionClient lc = new SessionClient(port, jdbc);
        lc.loginAs("side.lc", "demo");
        assertThat(lc.get("/dekningsgrad", PermissionMatrixIT.BROWSER_ACCEPT).body()).contains("id=\"coverage-form\"",
                "value=\"" + YearMonth.now().minusMonths(1) + "\"");

        java.net.http.HttpResponse<String> refused = lc.post("/dekningsgrad", Map.of("month", "2026-02",
                "examined", "mange"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"examined-problem\"", "value=\"mange\"", "value=\"2026-02\"");

        java.net.http.HttpResponse<String> saved = lc.post("/dekningsgrad", Map.of("month", "2026-02",
                "examined", "17"));
        assertThat(SessionClient.location(saved)).endsWith("/dekningsgrad");
        assertThat(lc.get("/dekningsgrad", PermissionMatrixIT.BROWSER_ACCEPT).body()).contains("id=\"month-2026-02\"",
                "id=\"coverage-saved\"");
        assertThat(jdbc.queryForObject("select examined from unit_coverage where registry_id = 'nnrr' and unit_resh = ? "
                + "and period_month = '2026-02'", Integer.class, HAUKELAND)).isEqualTo(17);
    }

    private ProcessInstance unitDiagram() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("nnrr-unit").processInstanceBusinessKey(TENANT)
                .active().singleResult();
    }

    /** The timer's due time has come: the job executor's step, run here at once. */
    private void fire(ProcessInstance unit, String timer) {
        Job job = management.createJobQuery().processInstanceId(unit.getId()).activityId(timer).singleResult();
        management.executeJob(job.getId());
    }

    private void nnrrUser(String username, String mobile, String role) {
        insertUser(username, mobile, false, "LU");
        grantIn("nnrr", username, HAUKELAND, role);
    }
}
