package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 4: every endpoint and page, called as each role of two units, answers what {@code docs/permissions.md}
 * says. A = Haukeland (owns every object the requests name), B = Ahus. "ok" means the request got past the
 * permission check (2xx, or 400/409 from the rule behind it); "login" a redirect to the login page.
 */
class PermissionMatrixIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("anonymous", null);
        USERS.put("LU A", "lu.haukeland");
        USERS.put("LC A", "lc.haukeland");
        USERS.put("LU B", "lu.ahus");
        USERS.put("LC B", "lc.ahus");
        USERS.put("SC", "sc");
        USERS.put("system manager", "admin");
        USERS.put("secretariat", "sekretariat");
        USERS.put("report reader A", "rapport.haukeland");
    }

    /** Served by the engine's REST API, the Camunda webapps, springdoc and actuator, not by our controllers. */
    private static final Pattern NOT_OURS = Pattern.compile("^/(engine-rest|camunda|v3/api-docs|swagger-ui|actuator)"
            + "(/.*)?$");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    private QuarterlyReview review;

    @AfterEach
    void closeTheReviewThisTestOpened() {
        if (review != null) {
            review.closeWhatWasOpened(as("lc.haukeland"));
        }
    }

    @Test
    void everyEndpointOfTheApplicationIsARowOfTheMatrix_andEveryRowIsAnEndpoint() {
        PermissionMatrix matrix = PermissionMatrix.read("endpoints");
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (mapping.getValue().getBeanType().getPackageName().startsWith("no.smertereg")) {
                mapping.getKey().getMethodsCondition().getMethods().forEach(method -> mapping.getKey()
                        .getPatternValues().forEach(pattern -> endpoints.add(method + " " + pattern)));
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(40);

        List<String> missing = endpoints.stream().filter(e -> matrix.rows().stream().noneMatch(row -> matches(e,
                row))).toList();
        List<String> stale = matrix.rows().stream().filter(row -> !NOT_OURS.matcher(row.path()).matches()
                && endpoints.stream().noneMatch(e -> matches(e, row))).map(PermissionMatrix.Row::request).toList();

        assertThat(missing).as("endpoints without a row in docs/permissions.md").isEmpty();
        assertThat(stale).as("rows of docs/permissions.md that no controller serves").isEmpty();
    }

    @Test
    void everyRoleOfTwoUnitsGetsTheAnswerTheMatrixGivesIt() throws Exception {
        PermissionMatrix matrix = PermissionMatrix.read("endpoints");
        assertThat(matrix.columns()).containsExactlyElementsOf(USERS.keySet());
        Map<String, SessionClient> sessions = sessions();
        MatrixFixtures fixtures = new MatrixFixtures(this, reviewOfUnitA()::taskOfUnitA);

        List<String> wrong = new ArrayList<>();
        for (PermissionMatrix.Row row : matrix.rows()) {
            List<String> actual = new ArrayList<>();
            MatrixFixtures.Call call = null;
            for (String column : matrix.columns()) {
                if (call == null) {
                    call = fixtures.call(row);
                }
                HttpResponse<String> response = send(sessions.get(column), call);
                String outcome = outcome(response);
                if (!outcome.matches("401|403|404|login")) {
                    call = null; // it may have changed what the call names: the next user gets fresh objects
                }
                actual.add(outcome);
                String expected = row.expected(actual.size() - 1);
                if (!expected.equals(outcome)) {
                    wrong.add(row.request() + " as " + column + ": expected " + expected + ", got " + outcome
                            + " (HTTP " + response.statusCode() + " " + excerpt(response.body()) + ")");
                }
            }
            if (!actual.equals(row.cells())) {
                wrong.add("  actual row: | `" + row.request() + "` | " + String.join(" | ", actual) + " |");
            }
        }
        assertThat(wrong).as("answers that differ from docs/permissions.md").isEmpty();
    }

    @Test
    void theCamundaWebappsOpenToTheRolesTheMatrixNames() throws Exception {
        PermissionMatrix matrix = PermissionMatrix.read("webapps");
        Map<String, SessionClient> sessions = sessions();
        List<String> wrong = new ArrayList<>();
        for (PermissionMatrix.Row row : matrix.rows()) {
            for (int column = 0; column < matrix.columns().size(); column++) {
                String user = matrix.columns().get(column);
                sessions.get(user).get("/camunda/app/welcome/default/", BROWSER_ACCEPT);
                HttpResponse<String> response = sessions.get(user).get("/camunda/api/admin/auth/user/default");
                boolean authorized = response.statusCode() == 200 && JSON.readTree(response.body())
                        .path("authorizedApps").toString().contains("\"" + row.request() + "\"");
                String outcome = authorized ? "yes" : "no";
                if (!outcome.equals(row.expected(column))) {
                    wrong.add(row.request() + " as " + user + ": expected " + row.expected(column) + ", got "
                            + outcome);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCamundaRestTaskQueryAsLuOfUnitAReturnsNoTaskOfUnitB() throws Exception {
        long courseA = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long courseB = newCourse("lu.ahus", AHUS).path("id").asLong();
        SessionClient luA = new SessionClient(port, jdbc);
        luA.loginAs("lu.haukeland", "demo");

        JsonNode all = JSON.readTree(luA.get("/engine-rest/task?maxResults=100000").body());
        assertThat(all.findValuesAsText("tenantId")).isNotEmpty().containsOnly(HAUKELAND);
        assertThat(JSON.readTree(luA.get("/engine-rest/task?processInstanceBusinessKey=" + courseA).body()))
                .hasSize(1);
        assertThat(JSON.readTree(luA.get("/engine-rest/task?processInstanceBusinessKey=" + courseB).body()))
                .isEmpty();
        HttpResponse<String> askedForB = luA.json("POST", "/engine-rest/task/count",
                "{\"tenantIdIn\":[\"" + AHUS + "\"]}");
        assertThat(askedForB.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(askedForB.body()).path("count").asLong()).isZero();
        assertThat(JSON.readTree(luA.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey="
                + courseB).body())).isEmpty();
        assertThat(tasks.createTaskQuery().processDefinitionKey("smertereg-course").processInstanceBusinessKey(
                String.valueOf(courseB)).count())
                .as("the task of unit B exists").isOne();
    }

    private Map<String, SessionClient> sessions() throws Exception {
        Map<String, SessionClient> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            SessionClient session = new SessionClient(port, jdbc);
            if (user.getValue() != null) {
                assertThat(session.loginAs(user.getValue(), "demo")).as(user.getKey()).endsWith("/");
            }
            sessions.put(user.getKey(), session);
        }
        return sessions;
    }

    static HttpResponse<String> send(SessionClient session, MatrixFixtures.Call call) throws Exception {
        if (call.form() != null) {
            return session.post(call.path(), call.form());
        }
        if (call.method().equals("GET")) {
            return session.get(call.path(), call.path().startsWith("/api/") || call.path().startsWith(
                    "/engine-rest/") || call.path().startsWith("/v3/") ? "application/json" : BROWSER_ACCEPT);
        }
        return session.json(call.method(), call.path(), call.json());
    }

    static String outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status == 302 || status == 303) {
            String location = response.headers().firstValue("Location").orElse("");
            return location.matches(".*/login(\\?.*)?$") ? "login" : "redirect";
        }
        if (status == 401 || status == 403 || status == 404 || status >= 500) {
            return String.valueOf(status);
        }
        return "ok";
    }

    private static boolean matches(String endpoint, PermissionMatrix.Row row) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String regex = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "[^/]+");
        String path = row.path().contains("?") ? row.path().substring(0, row.path().indexOf('?')) : row.path();
        return method.equals(row.method()) && path.matches(regex);
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    private QuarterlyReview reviewOfUnitA() {
        review = new QuarterlyReview(tasks, runtime, management);
        return review;
    }
}
