package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import no.smertereg.it.OpenApiOperations.Operation;
import no.smertereg.it.RequestMutations.Mutation;

/**
 * Issue 16: every operation in the application's own OpenAPI document, sent malformed input, refuses it with a 4xx
 * whose problem JSON names the field (the property's JSON path, the parameter, or {@code body}), never a 5xx, never
 * a stack trace in the log, and without changing what the call would change. Operations come from
 * {@code /v3/api-docs} only; each is called as the first user that {@code docs/permissions.md} lets use it, on fresh
 * objects of the matrix row's placeholders, so a new endpoint is covered without editing this test. A refusal for
 * permission or routing (401, 403, 404, 405) passes a single request, but every operation must have at least one
 * malformed request that got past the login and the security filters and was refused at its field (400 or 413 naming
 * it) by the application, not by a filter ahead of the login: otherwise the operation was never tested (a wrong
 * fixture or user column). A check a controller makes after reading the body is {@code PermissionMatrixIT}'s to test.
 */
@ExtendWith(OutputCaptureExtension.class)
class OpenApiFuzzIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<Integer> PERMISSION_OR_ROUTING = Set.of(401, 403, 404, 405);
    private static final Pattern COURSE = Pattern.compile("^/api/courses/(\\d+)(?:/forms/(\\w+))?");

    @Value("${registry.max-request-size:1MB}")
    DataSize limit;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    private final Map<String, SessionClient> sessions = new LinkedHashMap<>();
    private QuarterlyReview review;

    @AfterEach
    void closeTheReviewThisTestOpened() {
        if (review != null) {
            review.closeWhatWasOpened(as("lc.haukeland"));
        }
    }

    @Test
    void everyOperationRefusesMalformedInputNamingTheField_andChangesNothing(CapturedOutput output)
            throws Exception {
        JsonNode document = as("lu.haukeland").get("/v3/api-docs").expect(200).json();
        List<Operation> operations = OpenApiOperations.read(document).stream().filter(Operation::takesInput)
                .toList();
        assertThat(operations).as("operations with a body or parameters").hasSizeGreaterThan(25);
        PermissionMatrix matrix = PermissionMatrix.read("endpoints");
        MatrixFixtures fixtures = new MatrixFixtures(this, reviewOfUnitA()::taskOfUnitA);

        List<String> wrong = new ArrayList<>();
        List<String> neverRefusedAtAField = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        for (Operation operation : operations) {
            PermissionMatrix.Row row = matrix.rows().stream().filter(r -> sameEndpoint(operation, r)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row in docs/permissions.md for " + operation));
            String column = firstColumnAllowed(matrix, row);
            String path = fixtures.call(row).path().replaceFirst("\\?.*", "");
            Map<String, String> before = state(path);
            int logFrom = output.getAll().length();
            boolean refusedAtAField = false;
            for (Mutation mutation : RequestMutations.of(operation, Math.toIntExact(limit.toBytes()))) {
                HttpResponse<String> response = send(session(column), operation, path, mutation);
                requests++;
                Optional<String> problem = problem(response, mutation);
                problem.ifPresent(p -> wrong.add(operation + " as " + column + ", " + mutation.label() + ": " + p));
                refusedAtAField |= problem.isEmpty() && refusedAtAFieldBehindTheLogin(response, mutation);
            }
            if (!refusedAtAField) {
                neverRefusedAtAField.add(operation + " as " + column + " on " + path);
            }
            String log = output.getAll().substring(logFrom);
            if (log.contains("\tat ") || log.contains(" ERROR ") || log.contains(" WARN ")) {
                wrong.add(operation + ": the refusals logged a warning, an error or a stack trace: " + excerpt(log));
            }
            if (!before.equals(state(path))) {
                wrong.add(operation + ": refused calls changed what " + path + " reads");
            }
        }
        System.out.printf("[OpenApiFuzzIT] %d operations, %d malformed requests, %d s%n", operations.size(),
                requests, (System.nanoTime() - started) / 1_000_000_000L);
        assertThat(wrong).as("malformed requests not refused as a 4xx naming the field").isEmpty();
        assertThat(neverRefusedAtAField).as("operations none of whose malformed requests got past the permission "
                + "check to a 400 or 413 naming the field (check the fixture and the user column)").isEmpty();
    }

    /** A 400 or 413 naming a field, from the application behind the login rather than a filter ahead of it. */
    private static boolean refusedAtAFieldBehindTheLogin(HttpResponse<String> response, Mutation mutation) {
        if (mutation.beforeLogin() || (response.statusCode() != 400 && response.statusCode() != 413)) {
            return false;
        }
        JsonNode problem = json(response.body());
        return problem != null && !problem.path("errors").findValuesAsText("field").isEmpty();
    }

    private HttpResponse<String> send(SessionClient session, Operation operation, String path, Mutation mutation)
            throws Exception {
        String target = path;
        if (mutation.where() == RequestMutations.Where.PATH) {
            String[] segments = path.split("/", -1);
            segments[operation.segmentOf(mutation.name())] = encode(mutation.value());
            target = String.join("/", segments);
        } else if (mutation.where() == RequestMutations.Where.QUERY) {
            target += "?" + encode(mutation.name()) + "=" + encode(mutation.value());
        }
        if (mutation.body() == null) {
            return session.send(operation.method(), target, HttpRequest.BodyPublishers.noBody(), null);
        }
        byte[] body = mutation.body().getBytes(StandardCharsets.UTF_8);
        return session.send(operation.method(), target, mutation.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body), "application/json");
    }

    /** The column's user, logged in like a browser (password, SMS code): no password check on every request. */
    private SessionClient session(String column) throws Exception {
        SessionClient session = sessions.get(column);
        if (session == null) {
            session = new SessionClient(port, jdbc);
            String username = PermissionMatrixIT.USERS.get(column);
            if (username != null) {
                assertThat(session.loginAs(username, "demo")).as(column).endsWith("/");
            }
            sessions.put(column, session);
        }
        return session;
    }

    /** What is wrong with the answer to a malformed request, if anything. */
    private static Optional<String> problem(HttpResponse<String> response, Mutation mutation) {
        int status = response.statusCode();
        if (status >= 500 || status < 400) {
            return Optional.of("HTTP " + status + " " + excerpt(response.body()));
        }
        if (PERMISSION_OR_ROUTING.contains(status)) {
            return Optional.empty();
        }
        JsonNode problem = json(response.body());
        if (problem == null) {
            return mutation.byContainer() && status == 400 ? Optional.empty()
                    : Optional.of("HTTP " + status + " without problem JSON: " + excerpt(response.body()));
        }
        List<String> fields = problem.path("errors").findValuesAsText("field");
        if (status != mutation.status()) {
            return Optional.of("HTTP " + status + " instead of " + mutation.status() + " " + excerpt(response.body()));
        }
        if (fields.isEmpty() || fields.contains("")) {
            return Optional.of("no field named: " + excerpt(response.body()));
        }
        if (mutation.field() != null && !fields.contains(mutation.field())) {
            return Optional.of("named " + fields + " instead of " + mutation.field());
        }
        if ((problem.path("errors").toString() + problem.path("detail")).contains(RequestMutations.MARK)) {
            return Optional.of("echoes the value sent: " + excerpt(response.body()));
        }
        return Optional.empty();
    }

    /** What the owner reads of the course or the organisation a call names, to compare before and after. */
    private Map<String, String> state(String path) throws Exception {
        List<String> reads = new ArrayList<>();
        Matcher course = COURSE.matcher(path);
        if (course.find()) {
            String id = course.group(1);
            reads.addAll(List.of("/api/courses/" + id, "/api/courses/" + id + "/patient-forms",
                    "/api/courses/" + id + "/personal-data"));
            if (course.group(2) != null) {
                reads.add("/api/courses/" + id + "/forms/" + course.group(2));
            }
        } else if (path.startsWith("/api/units")) {
            reads.addAll(List.of("/api/units", "/api/units/" + HAUKELAND));
        }
        Map<String, String> state = new LinkedHashMap<>();
        for (String read : reads) {
            HttpResponse<String> answer = session("LC A").get(read, "application/json");
            state.put(read, answer.statusCode() + " " + answer.body());
        }
        return state;
    }

    /** Same method, same number of segments, each the same or a placeholder on either side. */
    private static boolean sameEndpoint(Operation operation, PermissionMatrix.Row row) {
        String[] ours = operation.path().split("/");
        String[] theirs = row.path().replaceFirst("\\?.*", "").split("/");
        if (!operation.method().equals(row.method()) || ours.length != theirs.length) {
            return false;
        }
        for (int i = 0; i < ours.length; i++) {
            if (!ours[i].equals(theirs[i]) && !ours[i].startsWith("{") && !theirs[i].startsWith("{")) {
                return false;
            }
        }
        return true;
    }

    private static String firstColumnAllowed(PermissionMatrix matrix, PermissionMatrix.Row row) {
        for (int column = 0; column < matrix.columns().size(); column++) {
            if ("ok".equals(row.expected(column))) {
                return matrix.columns().get(column);
            }
        }
        throw new AssertionError("nobody may use " + row.request() + " in docs/permissions.md");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode json(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    private QuarterlyReview reviewOfUnitA() {
        review = new QuarterlyReview(tasks, runtime, management);
        return review;
    }
}
