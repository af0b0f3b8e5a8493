package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Issue 6: every endpoint that reads or changes patient data, called as a user who may, leaves an audit row with
 * the action {@code docs/audit.md} gives it, naming the user, the patient's PID and the client address; and every
 * endpoint that names a course or a patient is in that table.
 */
class AuditCompletenessIT extends IntegrationTest {

    /**
     * Endpoints of the permission matrix that touch a patient's data: they must be rows of docs/audit.md. The
     * search page's GET shows an empty search form, its POST a person.
     */
    private static final Pattern PATIENT_DATA = Pattern.compile("\\{(course|newCourse|reservation|request|formTask)}"
            + "|^(GET|POST) /(arbeidsliste|pasientregistreringer|api/worklist|api/patients|api/courses)($|/|\\?)"
            + "|^POST /registrering");
    private static final Pattern COURSE_IN_PATH = Pattern.compile("/(?:forlop|courses|arbeidsliste)/(\\d+)");
    private static final Map<String, Object> PASREG = Map.of("PRSpm1", "2", "PRSpm2", "3", "PRSpm3", "4",
            "PRSpm4", "0", "PRSpm5", "3", "PRSpm6", "1");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyEndpointThatNamesACourseOrAPatientIsInTheAuditTable() {
        Set<String> audited = audited().rows().stream().map(PermissionMatrix.Row::request).collect(Collectors.toSet());
        Set<String> endpoints = PermissionMatrix.read("endpoints").rows().stream().map(PermissionMatrix.Row::request)
                .collect(Collectors.toSet());

        assertThat(endpoints.stream().filter(e -> PATIENT_DATA.matcher(e).find()).filter(e -> !audited.contains(e)))
                .as("endpoints with patient data missing from docs/audit.md").isEmpty();
        assertThat(audited.stream().filter(a -> !endpoints.contains(a)))
                .as("rows of docs/audit.md that are not rows of docs/permissions.md").isEmpty();
    }

    @Test
    void everyAuditedEndpointLeavesARowWithItsActionUserPidAndAddress() throws Exception {
        long quiet = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        jdbc.update("update course set created_at = now() - interval '4 months' where id = ?", quiet);
        Map<String, PermissionMatrix.Row> matrix = PermissionMatrix.read("endpoints").rows().stream()
                .collect(Collectors.toMap(PermissionMatrix.Row::request, r -> r));
        MatrixFixtures fixtures = new MatrixFixtures(this, () -> {
            throw new IllegalStateException("no review task is patient data");
        });
        Map<String, SessionClient> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (PermissionMatrix.Row row : audited().rows()) {
            String column = row.expected(0);
            String username = PermissionMatrixIT.USERS.get(column);
            SessionClient session = sessions.computeIfAbsent(username, this::loggedIn);
            MatrixFixtures.Call call = valid(fixtures.call(matrix.get(row.request())));
            long before = lastAuditId();

            HttpResponse<String> response = PermissionMatrixIT.send(session, call);

            String action = row.expected(1);
            List<Map<String, Object>> rows = jdbc.queryForList("select username, action, pid, client_address "
                    + "from audit_event where id > ? and action = ?", before, action);
            boolean identified = !rows.isEmpty() && rows.stream().allMatch(r -> username.equals(r.get("username"))
                    && r.get("client_address") != null && (r.get("pid") != null || action.equals("PATIENT_LOOKUP")));
            if (response.statusCode() >= 400 || !identified) {
                wrong.add(row.request() + " as " + column + ": HTTP " + response.statusCode() + ", rows " + action
                        + " " + rows);
            }
        }
        assertThat(wrong).as("audited endpoints that left no proper audit row").isEmpty();
    }

    @Test
    void aChangeThatFailsLeavesNoAuditRowOfTheChange() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long before = lastAuditId();

        as("lu.haukeland").put("/api/courses/" + course + "/forms/TO/draft", Map.of("version", 999,
                "answers", Map.of("Tilsett", "1"))).expect(409);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ? and action = 'FORM_SAVE'",
                Long.class, before)).isZero();
    }

    /** The matrix's bodies only need to pass the permission check; here a change must really happen. */
    private MatrixFixtures.Call valid(MatrixFixtures.Call call) throws Exception {
        Matcher course = COURSE_IN_PATH.matcher(call.path());
        String id = course.find() ? course.group(1) : null;
        if (call.path().startsWith("/rapporter/eksport")) {
            ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null); // an export names courses only when complete
            return call;
        }
        if (call.path().endsWith("-uferdige")) { // a list of unfinished forms reads a patient only when it has one
            long unfinished = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
            as("lu.haukeland").put("/api/courses/" + unfinished + "/forms/TO/draft", Map.of("version", 0, "answers",
                    Map.of("HenvistDato", "2026-11-10"))).expect(200);
            return call;
        }
        if (call.path().endsWith("/patient-forms/PASREG/paper")) {
            return new MatrixFixtures.Call(call.method(), call.path(), JSON.writeValueAsString(PASREG), null);
        }
        if (call.path().endsWith("/pasientskjema/PASREG/papir") && call.method().equals("POST")) {
            Map<String, String> form = new LinkedHashMap<>();
            PASREG.forEach((k, v) -> form.put(k, v.toString()));
            return new MatrixFixtures.Call(call.method(), call.path(), null, form);
        }
        if (call.path().endsWith("/forms/B11/finalise")) {
            long version = as("lu.haukeland").get("/api/courses/" + id + "/forms/B11").expect(200).json()
                    .path("version").asLong();
            return new MatrixFixtures.Call(call.method(), call.path(), JSON.writeValueAsString(Map.of("version",
                    version, "answers", Map.of("SmerteKat", "2", "DiagKatLangvarig", "4", "TidligereRus", "0",
                            "PaagaaRus", "0", "LAR", "0", "Opioid4a", true))), null);
        }
        return call;
    }

    private SessionClient loggedIn(String username) {
        try {
            SessionClient session = new SessionClient(port, jdbc);
            assertThat(session.loginAs(username, "demo")).endsWith("/");
            return session;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    private static PermissionMatrix audited() {
        return PermissionMatrix.read("docs/audit.md", "audited");
    }
}
