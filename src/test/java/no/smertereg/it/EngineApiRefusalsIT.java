package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.access.Role;
import no.smertereg.access.engineapi.EngineApiAllowList;


/**
 * Issue 16, class 1. Every operation of the engine's REST API (from its own OpenAPI document), at {@code /engine-rest}
 * and at the webapps' {@code /camunda/api/engine}, called as every demo role on objects of unit A: nothing answers
 * 5xx, no refusal carries an ENGINE code, a refused call writes nothing to the database, and only what the allow-list
 * (docs/permissions.md) names gets through.
 */
class EngineApiRefusalsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /** Written by the application's own timers and by logins, not by the calls under test. */
    private static final Set<String> NOT_COUNTED = Set.of("act_ru_meter_log", "act_ru_task_meter_log",
            "notification_outbox", "spring_session", "spring_session_attributes", "flyway_schema_history",
            "audit_event", "app_user", "login_code", "request_limit");

    /** Every demo role, with the roles the allow-list knows it by. */
    private static final Map<String, Set<Role>> USERS = new LinkedHashMap<>();

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

    @Test
    void everyEngineOperationAsEveryRole_refusalsChangeNothingAndOnlyTheAllowListGetsThrough() throws Exception {
        Map<String, String> ids = objectsOfUnitA();
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(350);
        Map<String, SessionClient> sessions = webappSessions();

        List<String> wrong = new ArrayList<>();
        Set<String> through = new java.util.TreeSet<>();
        int calls = 0;
        try (DatabaseWrites writes = DatabaseWrites.countExcept(jdbc, NOT_COUNTED)) {
            assertThat(writes.tables()).isGreaterThan(60);
            for (Operation operation : operations) {
                String path = operation.concrete(ids);
                check(wrong, through, "anonymous", Set.of(), operation, path, anonymousCall(operation, path), writes);
                calls++;
                for (Map.Entry<String, Set<Role>> user : USERS.entrySet()) {
                    SessionClient session = sessions.get(user.getKey());
                    check(wrong, through, user.getKey(), user.getValue(), operation, path,
                            () -> session.json(operation.method(), "/engine-rest" + path, operation.body()), writes);
                    check(wrong, through, user.getKey() + " (webapp)", user.getValue(), operation, path,
                            () -> webappCall(session, operation, WEBAPP_ENGINE + path), writes);
                    calls += 2;
                }
            }
        }
        assertThat(calls).isGreaterThan(6000);
        assertThat(wrong).as("engine API answers that break the rules").isEmpty();
        assertThat(through).as("the webapps' work gets through on both mounts").contains(
                "GET /task/{id} as lu.haukeland", "GET /task/{id} as lu.haukeland (webapp)",
                "POST /filter/{id}/list as lc.haukeland (webapp)", "GET /process-instance/{id} as lc.haukeland",
                "GET /process-instance/{id} as admin (webapp)", "GET /user as admin (webapp)");
        assertThat(through).as("no clinician of unit B reaches an object of unit A").noneMatch(call -> call.matches(
                "\\S+ /(task|process-instance|execution|job|variable-instance)/\\{id}.* as (lu|lc)\\.ahus.*"));
    }

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
        String cleanup = management.createJobQuery().list().stream().filter(j -> j.getProcessDefinitionKey() == null)
                .map(Job::getId).findFirst().orElseThrow();
        Job before = management.createJobQuery().jobId(cleanup).singleResult();
        for (String user : List.of("rapport.haukeland", "lc.haukeland", "lu.haukeland", "sc", "sekretariat")) {
            assertThat(as(user).post("/engine-rest/job/" + cleanup + "/execute", Map.of()).status()).as(user)
                    .isIn(403, 404);
            assertThat(as(user).post("/engine-rest/history/cleanup", Map.of()).status()).as(user).isEqualTo(403);
        }
        Job after = management.createJobQuery().jobId(cleanup).singleResult();
        assertThat(after.getRetries()).isEqualTo(before.getRetries());
        assertThat(after.getExceptionMessage()).isNull();
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

    private void check(List<String> wrong, Set<String> through, String user, Set<Role> roles, Operation operation,
            String path, Call call, DatabaseWrites writes) throws Exception {
        long before = writes.count();
        HttpResponse<String> response = call.send();
        int status = response.statusCode();
        String what = operation.method() + " " + operation.template() + " as " + user + ": HTTP " + status;
        if (status >= 500) {
            wrong.add(what + " (5xx) " + excerpt(response.body()));
        }
        if (status >= 300 && ENGINE_CODE.matcher(response.body()).find()) {
            wrong.add(what + " shows an engine code: " + excerpt(response.body()));
        }
        if (status >= 300 && writes.count() != before) {
            wrong.add(what + " was refused but wrote " + (writes.count() - before) + " row(s)");
        }
        if (status < 300) {
            through.add(operation.method() + " " + operation.template() + " as " + user);
            if (EngineApiAllowList.allowing(roles, EngineApiAllowList.Api.ENGINE, operation.method(), path)
                    .isEmpty()) {
                wrong.add(what + " got through without a rule of the allow-list");
            }
        }
    }

    private Call anonymousCall(Operation operation, String path) {
        return () -> new SessionClient(port, jdbc).send(operation.method(), "/engine-rest" + path, operation.body(),
                Map.of());
    }

    private static HttpResponse<String> webappCall(SessionClient session, Operation operation, String path)
            throws Exception {
        return session.send(operation.method(), path, operation.body(), Map.of("X-XSRF-TOKEN",
                session.cookie("XSRF-TOKEN").orElse("")));
    }

    /** A browser session per user, logged in with password and code, holding the webapps' CSRF cookie. */
    private Map<String, SessionClient> webappSessions() throws Exception {
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

    /** Real objects of unit A (Haukeland) for the placeholders of the paths. */
    private Map<String, String> objectsOfUnitA() {
        long waiting = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(waiting))
                .processDefinitionKey("smertereg-course").singleResult().getId();
        Job job = dispatchJobOfUnitA();
        String instance = job.getProcessInstanceId();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("task", task);
        ids.put("job", job.getId());
        ids.put("job-definition", job.getJobDefinitionId());
        ids.put("process-instance", instance);
        ids.put("execution", instance);
        ids.put("process-definition", repository.createProcessDefinitionQuery().processDefinitionKey(
                "smertereg-course").latestVersion().singleResult().getId());
        ids.put("deployment", repository.createProcessDefinitionQuery().processDefinitionKey("smertereg-course")
                .latestVersion().singleResult().getDeploymentId());
        ids.put("variable-instance", runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list()
                .get(0).getId());
        ids.put("filter", jdbc.queryForObject("select id_ from act_ru_filter order by id_ limit 1", String.class));
        ids.put("authorization", jdbc.queryForObject("select id_ from act_ru_authorization order by id_ limit 1",
                String.class));
        ids.put("user", "lu.haukeland");
        ids.put("group", "LU");
        ids.put("tenant", HAUKELAND);
        ids.put("key", "smertereg-course");
        ids.put("tenant-id", HAUKELAND);
        ids.put("userId", "lu.haukeland");
        ids.put("groupId", "LU");
        ids.put("varName", "unitResh");
        return ids;
    }

    /** A 16:30 dispatch timer of a patient form in a type-3 course of unit A. */
    private Job dispatchJobOfUnitA() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        Job job = management.createJobQuery().processDefinitionKey("patient-form").timers().list().stream()
                .filter(j -> runtime.createProcessInstanceQuery().processInstanceId(j.getProcessInstanceId())
                        .processInstanceBusinessKey(String.valueOf(course)).count() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no dispatch timer for course " + course));
        assertThat(job.getTenantId()).isEqualTo(HAUKELAND);
        return job;
    }

    private static List<Operation> operations() throws Exception {
        JsonNode document;
        try (InputStream in = EngineApiRefusalsIT.class.getResourceAsStream("/openapi.json")) {
            document = JSON.readTree(in);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (Set.of("get", "post", "put", "delete", "options").contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                            example(method.getValue())));
                }
            }
        }
        return operations;
    }

    /** The document's first example of a JSON body, else an empty object for methods that carry one. */
    private static String example(JsonNode operation) throws Exception {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            return null;
        }
        Iterator<JsonNode> examples = content.path("examples").elements();
        return examples.hasNext() ? JSON.writeValueAsString(examples.next().path("value")) : "{}";
    }

    private record Operation(String method, String template, String body) {

        /** The path with real ids: {@code {id}} by the resource it follows, other names as themselves. */
        String concrete(Map<String, String> ids) {
            String resource = template.split("/")[1];
            Matcher placeholders = PLACEHOLDER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (placeholders.find()) {
                String name = placeholders.group(1);
                String value = name.equals("id") ? ids.getOrDefault(resource, "unknown-id")
                        : ids.getOrDefault(name, "unknown-" + name);
                placeholders.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            placeholders.appendTail(path);
            return path.toString();
        }
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> send() throws Exception;
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
