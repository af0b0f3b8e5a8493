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

import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import no.smertereg.access.Role;
import no.smertereg.access.engineapi.EngineApiAllowList;

/**
 * Issue 16, class 1. Every operation of the engine's REST API (from its own OpenAPI document), at {@code /engine-rest}
 * and at the webapps' {@code /camunda/api/engine}, called as every demo role on objects of unit A: nothing answers
 * 5xx, no refusal carries an ENGINE code, a refused call writes nothing to the database, and only what the allow-list
 * (docs/permissions.md) names gets through.
 */
class EngineApiRefusalsIT extends EngineApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");
    private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
    /**
     * Written by the application's own timers and by logins, not by the calls under test: the reports' read model
     * is refreshed every minute (a call that writes a course or form still counts there).
     */
    private static final Set<String> NOT_COUNTED = Set.of("act_ru_meter_log", "act_ru_task_meter_log",
            "notification_outbox", "spring_session", "spring_session_attributes", "flyway_schema_history",
            "audit_event", "app_user", "login_code", "request_limit", "report_row", "report_row_stale",
            "report_cell", "report_model");

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
                refreshTheJobIfItRan(ids);
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

    /** The system manager may run the fixture's job (it is then gone): the next operations get a new one. */
    private void refreshTheJobIfItRan(Map<String, String> ids) {
        if (management.createJobQuery().jobId(ids.get("job")).count() == 0) {
            Job job = dispatchJobOfUnitA();
            ids.put("job", job.getId());
            ids.put("job-definition", job.getJobDefinitionId());
        }
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
