package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.access.Role;

/** The engine API as every demo role meets it: their browser sessions and engine objects of unit A. */
abstract class EngineApiTest extends IntegrationTest {

    /** Every demo role, with the roles the allow-list knows it by. */
    static final Map<String, Set<Role>> USERS = new LinkedHashMap<>();

    static {
        USERS.put("lu.haukeland", Set.of(Role.LU));
        USERS.put("lc.haukeland", Set.of(Role.LC, Role.USER_ADMIN));
        USERS.put("lu.ahus", Set.of(Role.LU));
        USERS.put("lc.ahus", Set.of(Role.LC, Role.USER_ADMIN));
        USERS.put("sc", Set.of(Role.SC));
        USERS.put("sekretariat", Set.of(Role.SECRETARIAT));
        USERS.put("rapport.haukeland", Set.of(Role.REPORT_READER));
        USERS.put("admin", Set.of(Role.SYSTEM_MANAGER));
    }

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;


    /** A browser session per user, logged in with password and code, holding the webapps' CSRF cookie. */
    Map<String, SessionClient> webappSessions() throws Exception {
        Map<String, SessionClient> sessions = new LinkedHashMap<>();
        for (String user : USERS.keySet()) {
            SessionClient session = new SessionClient(port, jdbc);
            assertThat(session.loginAs(user, "demo")).as(user).endsWith("/");
            session.get("/camunda/app/welcome/default/", PermissionMatrixIT.BROWSER_ACCEPT);
            session.get("/camunda/api/admin/auth/user/default");
            sessions.put(user, session);
        }
        return sessions;
    }

    /** A 16:30 dispatch timer of a patient form in a type-3 course of unit A. */
    Job dispatchJobOfUnitA() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        Job job = management.createJobQuery().processDefinitionKey("patient-form").timers().list().stream()
                .filter(j -> runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
                        .processInstanceBusinessKey(String.valueOf(course)).count() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no dispatch timer for course " + course));
        assertThat(job.getTenantId()).isEqualTo(HAUKELAND);
        return job;
    }

    String historyCleanupJob() {
        return management.createJobQuery().list().stream().filter(j -> j.getProcessDefinitionKey() == null)
                .map(Job::getId).findFirst().orElseThrow();
    }
}
