package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Issue 19, N2: NNRR's clerk (merkantil) books courses and orders patient forms but sees and writes no clinical
 * answer. The table "clerk" of {@code docs/permissions.md} is called as the clerk, the LU, another unit's clerk and
 * the unit's SmerteReg LU; the clerk's view and save of the treater form are checked answer by answer.
 */
class NnrrClerkIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String ST_OLAVS = "100320";
    private static final String FORM = "/forms/BEHANDLER";
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("clerk", "merkantil.100320");
        USERS.put("LU", "lu.100320");
        USERS.put("clerk of another unit", "merkantil.108612");
        USERS.put("SmerteReg LU of the unit", "lu.stolav");
    }

    @Test
    void everyRowOfTheClerksTableAnswersAsDocumented() throws Exception {
        PermissionMatrix table = PermissionMatrix.read("clerk");
        assertThat(table.columns()).containsExactlyElementsOf(USERS.keySet());
        Map<String, SessionClient> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            SessionClient session = new SessionClient(port, jdbc);
            assertThat(session.loginAs(user.getValue(), "demo")).as(user.getKey()).endsWith("/");
            sessions.put(user.getKey(), session);
        }
        List<String> wrong = new ArrayList<>();
        for (PermissionMatrix.Row row : table.rows()) {
            List<String> actual = new ArrayList<>();
            for (String column : table.columns()) {
                HttpResponse<String> response = PermissionMatrixIT.send(sessions.get(column), call(row));
                actual.add(PermissionMatrixIT.outcome(response));
                if (!row.expected(actual.size() - 1).equals(actual.get(actual.size() - 1))) {
                    wrong.add(row.request() + " as " + column + ": expected " + row.expected(actual.size() - 1)
                            + ", got HTTP " + response.statusCode() + " " + excerpt(response.body()));
                }
            }
            if (!actual.equals(row.cells())) {
                wrong.add("  actual row: | `" + row.request() + "` | " + String.join(" | ", actual) + " |");
            }
        }
        assertThat(wrong).as("answers that differ from docs/permissions.md").isEmpty();
    }

    @Test
    void theClerkSeesAndSavesTheBookingOnly_andTheTreatersAnswersStayAsTheyWere() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        long course = bookedCourse(today.plusDays(40));
        JsonNode byLu = as("lu.100320").get(path(course) + FORM).expect(200).json();
        Map<String, Object> treater = new HashMap<>(answers(byLu));
        treater.put("S1b_DateOfCompletion", today.toString());
        treater.put("NeckSurgery", "2");
        as("lu.100320").put(path(course) + FORM + "/draft", finalisePayload(byLu, treater)).expect(200);
        as("lu.100320").put(path(course) + FORM + "/comment", Map.of("version", version(course), "comment",
                "Pasienten ønsker tolk")).expect(200);

        JsonNode seen = as("merkantil.100320").get(path(course) + FORM).expect(200).json();
        assertThat(fieldNames(seen.path("answers"))).containsOnly("HenvisningsDato", "PlanlagtKonsultasjonsDato");
        assertThat(seen.path("internalComment").isNull()).as("the comment is the clinicians'").isTrue();

        Map<String, Object> clinical = new HashMap<>(answers(seen));
        clinical.put("NeckSurgery", "1");
        Api.Response refused = as("merkantil.100320").put(path(course) + FORM + "/draft",
                finalisePayload(seen, clinical));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().toString()).contains("NeckSurgery");

        String moved = today.plusDays(44).toString();
        as("merkantil.100320").put(path(course) + FORM + "/draft", finalisePayload(seen, Map.of(
                "HenvisningsDato", today.minusDays(3).toString(), "PlanlagtKonsultasjonsDato", moved))).expect(200);
        JsonNode after = as("lu.100320").get(path(course) + FORM).expect(200).json().path("answers");
        assertThat(after.path("PlanlagtKonsultasjonsDato").asText()).isEqualTo(moved);
        assertThat(after.path("S1b_DateOfCompletion").asText()).as("the treater's answers are kept")
                .isEqualTo(today.toString());
        assertThat(after.path("NeckSurgery").asText()).isEqualTo("2");
        assertThat(patientFormPlannedSend(course)).as("dispatch follows the clerk's new date")
                .isEqualTo(today.plusDays(28).atTime(9, 0).atZone(OSLO).toInstant().toString());
    }

    @Test
    void theClerksPagesShowTheBookingAndNoFinalise_andTheCoursePageLinksOnlyTheTreaterForm() throws Exception {
        long course = bookedCourse(LocalDate.now(OSLO).plusDays(20));
        SessionClient clerk = new SessionClient(port, jdbc);
        clerk.loginAs("merkantil.100320", "demo");

        String form = clerk.get("/forlop/" + course + "/skjema/BEHANDLER", PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(form).contains("name=\"PlanlagtKonsultasjonsDato\"", "name=\"HenvisningsDato\"",
                "id=\"booking-only\"");
        assertThat(form).doesNotContain("name=\"S1b_DateOfCompletion\"", "name=\"RelevantDiagnose\"",
                "value=\"finalise\"", "id=\"comment\"");

        String page = clerk.get("/forlop/" + course, PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(page).contains("/forlop/" + course + "/skjema/BEHANDLER");
        assertThat(page).doesNotContain("id=\"oral-reservation\"", "id=\"course-location\"");
    }

    /** The row's request with fresh NNRR courses of St. Olavs; bodies valid where that is harmless. */
    private MatrixFixtures.Call call(PermissionMatrix.Row row) throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        String path = row.path();
        long course = 0;
        if (path.contains("{course}") || path.contains("{newCourse}")) {
            course = bookedCourse(today.plusDays(30));
            path = path.replace("{course}", String.valueOf(course)).replace("{newCourse}", String.valueOf(course));
        }
        Map<String, Object> body = switch (row.method() + " " + row.path()) {
            case "POST /api/patients/lookup" -> Map.of("nationalId", nextSyntheticNationalId());
            case "POST /api/courses" -> Map.of("nationalId", nextSyntheticNationalId(), "departmentId",
                    department(ST_OLAVS, 0));
            case "PUT /api/courses/{course}/forms/BEHANDLER/draft" -> Map.of("version", version(course), "answers",
                    Map.of("HenvisningsDato", today.minusDays(10).toString(), "PlanlagtKonsultasjonsDato",
                            today.plusDays(31).toString()));
            case "POST /api/courses/{course}/forms/BEHANDLER/finalise" -> Map.of("version", version(course),
                    "answers", Map.of());
            case "PUT /api/courses/{course}/forms/BEHANDLER/comment" -> Map.of("version", version(course),
                    "comment", "Ring pasienten");
            case "POST /api/courses/{course}/forms/BEHANDLER/unlock" -> Map.of("version", version(course),
                    "reason", "Feil dato");
            case "POST /api/courses/{newCourse}/deletion" -> Map.of("version", as("lu.100320").get(path(course))
                    .expect(200).json().path("version").asLong(), "reason", "Møtte ikke");
            default -> Map.of();
        };
        return switch (row.method() + " " + row.path()) {
            case "POST /forlop/{course}/skjema/BEHANDLER" -> new MatrixFixtures.Call("POST", path, null, Map.of(
                    "version", String.valueOf(version(course)), "action", "save", "PlanlagtKonsultasjonsDato",
                    today.plusDays(32).toString(), "HenvisningsDato", today.minusDays(10).toString()));
            case "POST /forlop/{course}/muntlig-reservasjon" -> new MatrixFixtures.Call("POST", path, null,
                    Map.of("confirm", "true"));
            default -> new MatrixFixtures.Call(row.method(), path, row.method().equals("GET") ? null
                    : JSON.writeValueAsString(body), null);
        };
    }

    /**
     * A referral date after the treater's visit date breaks the visit date's rule: the clerk's page save is refused
     * at the field and keeps what was typed, and the treater's visit date stays (it used to be dropped as invalid).
     */
    @Test
    void aClerksSaveThatBreaksARuleOfTheTreatersAnswers_isRefused_andDropsNothing() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        long course = bookedCourse(today.plusDays(20));
        JsonNode byLu = as("lu.100320").get(path(course) + FORM).expect(200).json();
        Map<String, Object> treater = new HashMap<>(answers(byLu));
        treater.put("HenvisningsDato", today.minusDays(10).toString());
        treater.put("S1b_DateOfCompletion", today.minusDays(5).toString());
        as("lu.100320").put(path(course) + FORM + "/draft", finalisePayload(byLu, treater)).expect(200);

        SessionClient clerk = new SessionClient(port, jdbc);
        clerk.loginAs("merkantil.100320", "demo");
        HttpResponse<String> refused = clerk.post("/forlop/" + course + "/skjema/BEHANDLER", Map.of("version",
                String.valueOf(version(course)), "action", "save", "HenvisningsDato", today.minusDays(2).toString(),
                "PlanlagtKonsultasjonsDato", today.plusDays(20).toString()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("value=\"" + today.minusDays(2) + "\"");
        JsonNode after = as("lu.100320").get(path(course) + FORM).expect(200).json().path("answers");
        assertThat(after.path("S1b_DateOfCompletion").asText()).isEqualTo(today.minusDays(5).toString());
        assertThat(after.path("HenvisningsDato").asText()).isEqualTo(today.minusDays(10).toString());
    }

    /**
     * The audit log covers NNRR: the clerk's save is a row of the course, which NNRR's LC of the unit finds with the
     * clerk's name and role, and SmerteReg's LC of the same unit does not.
     */
    @Test
    void theClerksWorkIsInTheAuditLogOfNnrr_andNotOfSmerteReg() throws Exception {
        long course = bookedCourse(LocalDate.now(OSLO).plusDays(25));
        JsonNode form = as("merkantil.100320").get(path(course) + FORM).expect(200).json();
        as("merkantil.100320").put(path(course) + FORM + "/draft", finalisePayload(form, answers(form)))
                .expect(200);

        SessionClient nnrrLc = new SessionClient(port, jdbc);
        nnrrLc.loginAs("lc.100320", "demo");
        String rows = nnrrLc.get("/revisjon?courseId=" + course, PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(rows).contains("merkantil.100320", "Merkantil", "/forlop/" + course);
        SessionClient smerteregLc = new SessionClient(port, jdbc);
        smerteregLc.loginAs("lc.stolav", "demo");
        assertThat(smerteregLc.get("/revisjon?courseId=" + course, PermissionMatrixIT.BROWSER_ACCEPT).body())
                .doesNotContain("/forlop/" + course + "\"");
    }

    /**
     * Access is applied for as in SmerteReg: "Merkantil" in NNRR reaches the unit's NNRR user administrator, whose
     * approval makes the applicant a clerk, never an LU; SmerteReg has no clerks, so there it is refused at the field.
     */
    @Test
    void aClerkAppliesInNnrr_andTheApprovalGrantsTheClerkRoleOnly() {
        String username = "ny.merkantil" + System.nanoTime() % 100000;
        Map<String, Object> form = new HashMap<>();
        form.put("username", username);
        form.put("fullName", "Ny Merkantil");
        form.put("mobile", "+47 93 " + String.format("%06d", System.nanoTime() / 1000 % 1_000_000));
        form.put("email", username + "@helse.invalid");
        form.put("position", "SEKRETAER");
        form.put("region", "HELSE_MIDT_NORGE");
        form.put("unitResh", ST_OLAVS);
        form.put("clinic", "Klinikk for nevrofag");
        form.put("department", "Nakke- og ryggpoliklinikken");
        form.put("project", "BOOKING");
        form.put("itPersonnel", false);
        form.put("registry", "smertereg");
        Api.Response refused = anonymous().post("/api/access/applications", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("project", "Merkantil tilgang");

        form.put("registry", "nnrr");
        long id = anonymous().post("/api/access/applications", form).expect(201).json().path("id").asLong();
        as("lc.100320").post("/api/access/applications/" + id + "/decision", Map.of("approve", true)).expect(200);

        assertThat(jdbc.queryForList("select r.registry_id || ':' || r.unit_resh || ':' || r.role from user_role r "
                + "join app_user u on u.id = r.user_id where u.username = ?", String.class, username))
                .containsExactly("nnrr:" + ST_OLAVS + ":CLERK");
    }

    /** The clerk hands out the first code; a new code would open what the patient typed, so it is a clinician's. */
    @Test
    void theClerkOpensTheFormAtTheClinicOnce_aNewCodeIsTheClinicians() {
        jdbc.update("delete from request_limit where limit_key like 'portal-code:%'");
        long course = bookedCourse(LocalDate.now(OSLO).plusDays(2));
        String atClinic = path(course) + "/patient-forms/PASIENT-FOR/at-clinic";
        assertThat(as("merkantil.100320").post(atClinic, Map.of()).expect(200).json().path("code").asText())
                .isNotBlank();
        Api.Response again = as("merkantil.100320").post(atClinic, Map.of());
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.body().toString()).contains("allerede åpnet");
        assertThat(as("lu.100320").post(atClinic, Map.of()).expect(200).json().path("code").asText()).isNotBlank();
    }

    private long bookedCourse(LocalDate planned) {
        long course = newCourse("lu.100320", ST_OLAVS).path("id").asLong();
        JsonNode form = as("lu.100320").get(path(course) + FORM).expect(200).json();
        as("lu.100320").put(path(course) + FORM + "/draft", finalisePayload(form, Map.of(
                "HenvisningsDato", planned.minusDays(40).toString(),
                "PlanlagtKonsultasjonsDato", planned.toString()))).expect(200);
        return course;
    }

    private long version(long course) {
        return as("lu.100320").get(path(course) + FORM).expect(200).json().path("version").asLong();
    }

    private String patientFormPlannedSend(long course) {
        for (JsonNode form : as("lu.100320").get(path(course) + "/patient-forms").expect(200).json()) {
            if ("PASIENT-FOR".equals(form.path("form").asText())) {
                return form.path("plannedSendAt").asText();
            }
        }
        throw new AssertionError("no form before treatment in course " + course);
    }

    private static String path(long course) {
        return "/api/courses/" + course;
    }

    private static Map<String, Object> answers(JsonNode form) {
        return JSON.convertValue(form.path("answers"), Map.class);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
