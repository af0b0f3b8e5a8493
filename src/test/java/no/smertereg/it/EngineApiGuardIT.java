package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, class 1, case by case: a job of another unit run by hand keeps its retries, history cleanup is the
 * system manager's, the engine itself refuses a person's run of a job without counting it against the job, no
 * spelling of a path gets round the allow-list, nobody changes their own Camunda user, Cockpit's API answers only
 * Cockpit users. (Every operation as every role: EngineApiRefusalsIT.)
 */
class EngineApiGuardIT extends EngineApiTest {

    @Test
    void aJobOfAnotherUnitRunByHand_keepsItsRetriesAndMakesNoIncident() throws Exception {
        Job job = dispatchJobOfUnitA();
        for (String user : List.of("lu.ahus", "lc.ahus", "rapport.haukeland", "lu.haukeland", "sc")) {
            for (int attempt = 0; attempt < 3; attempt++) {
                Api.Response refused = as(user).post("/engine-rest/job/" + job.getId() + "/execute", Map.of());
                assertThat(refused.status()).as(user).isIn(403, 404);
                assertThat(refused.json().toString()).doesNotContain("ENGINE-");
            }
        }
        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();

        as("admin").post("/engine-rest/job/" + job.getId() + "/execute", Map.of()).expect(204);
        assertThat(management.createJobQuery().jobId(job.getId()).count()).isZero();
    }

    @Test
    void theHistoryCleanupJobIsRunOnlyByTheSystemManager() {
        String cleanup = historyCleanupJob();
        Job before = management.createJobQuery().jobId(cleanup).singleResult();
        for (String user : List.of("rapport.haukeland", "lc.haukeland", "lu.haukeland", "sc", "sekretariat")) {
            assertThat(as(user).post("/engine-rest/job/" + cleanup + "/execute", Map.of()).status()).as(user)
                    .isIn(403, 404);
            assertThat(as(user).post("/engine-rest/history/cleanup", Map.of()).status()).as(user).isEqualTo(403);
        }
        Job after = management.createJobQuery().jobId(cleanup).singleResult();
        assertThat(after.getRetries()).isEqualTo(before.getRetries());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(as("admin").post("/engine-rest/job/" + cleanup + "/execute", Map.of()).status())
                .as("the system manager runs it").isEqualTo(204);
    }

    @Test
    void theEngineItselfRefusesAPersonsRunOfAJobTheyMayNotRun_withoutCountingItAgainstTheJob() {
        Job job = dispatchJobOfUnitA();
        String cleanup = historyCleanupJob();
        Job cleanupBefore = management.createJobQuery().jobId(cleanup).singleResult();
        for (String[] person : new String[][] {{"lu.ahus", "LU", AHUS}, {"lc.haukeland", "LC", HAUKELAND}}) {
            camundaIdentity.setAuthentication(person[0], List.of(person[1]), List.of(person[2]));
            try {
                String target = person[0].equals("lu.ahus") ? job.getId() : cleanup;
                for (int attempt = 0; attempt < 3; attempt++) {
                    assertThatThrownBy(() -> management.executeJob(target)).as(person[0])
                            .isInstanceOf(AuthorizationException.class);
                }
            } finally {
                camundaIdentity.clearAuthentication();
            }
        }
        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
        assertThat(after.getExceptionMessage()).isNull();
        assertThat(runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
        assertThat(management.createJobQuery().jobId(cleanup).singleResult().getRetries())
                .isEqualTo(cleanupBefore.getRetries());
    }

    @Test
    void noSpellingOfAPathGetsRoundTheList() throws Exception {
        Map<String, SessionClient> sessions = webappSessions();
        SessionClient reader = sessions.get("rapport.haukeland");
        for (String path : List.of("/engine-rest/task", "/engine-rest/task/", "/engine-rest/engine/default/task",
                "/engine-rest/engine/default/task/", "/camunda/api/engine/engine/default/task",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
                "/camunda/api/other/anything")) {
            assertThat(reader.get(path, "application/json").statusCode()).as(path).isEqualTo(403);
        }
        SessionClient lu = sessions.get("lu.haukeland");
        assertThat(lu.get("/engine-rest/engine/default/task", "application/json").statusCode()).isEqualTo(200);
        assertThat(lu.send("HEAD", "/engine-rest/task", null, Map.of()).statusCode()).isEqualTo(403);
        assertThat(lu.send("GET", "/engine-rest/task/x", null, Map.of("X-HTTP-Method-Override", "DELETE"))
                .statusCode()).isEqualTo(403);
        assertThat(new SessionClient(port, jdbc).get("/engine-rest/task", "text/html").statusCode())
                .as("the engine's API answers 401, it does not send anyone to a login page").isEqualTo(401);
    }

    @Test
    void nobodyChangesTheirOwnCamundaUserThroughTheEngine() {
        Map<String, Object> profile = Map.of("id", "lu.haukeland", "firstName", "Endret", "lastName", "Navn",
                "email", "annen@example.invalid");
        assertThat(as("lu.haukeland").put("/engine-rest/user/lu.haukeland/profile", profile).status())
                .isEqualTo(403);
        assertThat(as("lu.haukeland").put("/engine-rest/user/lu.haukeland/credentials", Map.of("password",
                "Annet-passord-1", "authenticatedUserPassword", "demo")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select first_ from act_id_user where id_ = 'lu.haukeland'", String.class))
                .isNotEqualTo("Endret");
        assertThat(jdbc.queryForObject("select perms_ from act_ru_authorization where user_id_ = 'lu.haukeland' and "
                + "resource_type_ = 1 and resource_id_ = 'lu.haukeland'", Integer.class))
                .as("READ only on their own Camunda user").isEqualTo(2);
    }

    @Test
    void theCockpitPluginApiAnswersOnlyCockpitUsers() throws Exception {
        Map<String, SessionClient> webapp = webappSessions();
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        for (String user : List.of("lu.haukeland", "sc", "sekretariat", "rapport.haukeland")) {
            assertThat(webapp.get(user).get(statistics, "application/json").statusCode()).as(user).isEqualTo(403);
        }
        assertThat(webapp.get("lc.haukeland").get(statistics, "application/json").statusCode()).isEqualTo(200);
        assertThat(webapp.get("admin").get(statistics, "application/json").statusCode()).isEqualTo(200);
    }
}
