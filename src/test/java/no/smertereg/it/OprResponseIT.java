package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 20, O3: the response table of OPR's annual report 2021 (seeds/003, "Svarprosent, fra sommer 2021 til mai
 * 2022"), fed through OPR's pathway at a clinic no other test uses (Telemark, 110301): 61 courses registered with a
 * first consultation in 2025, their treatment records with RF and SCS dates, the 12-month timer under ongoing
 * treatment, 58 treatments ended; each invitation the report counts is sent, each answer it counts is entered. The
 * report page shows the report's counts and rounded shares.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OprResponseIT extends IntegrationTest {

    private static final String TELEMARK = "110301";
    private static final String LU = "lu.110301";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Per follow-up: invitations sent and answers, as in the report's table. */
    private static final Map<String, int[]> TABLE = Map.of("PAGAENDE-12", new int[] {61, 28},
            "SLUTT-12", new int[] {58, 15}, "RF-3", new int[] {28, 21}, "RF-6", new int[] {22, 12},
            "RF-12", new int[] {7, 3}, "SCS-6", new int[] {16, 14}, "SCS-12", new int[] {4, 1});

    private SessionClient session;

    @BeforeAll
    void theReportsInvitationsAndAnswers() throws Exception {
        ClockUtil.reset();
        session = new SessionClient(port, jdbc);
        session.loginAs(LU, "demo");
        long department = department(TELEMARK, 0);
        for (int i = 0; i < 61; i++) {
            JsonNode created = call("POST", "/api/courses", Map.of("nationalId", nextAdultNationalId(), "departmentId",
                    department), 201);
            long course = created.path("id").asLong();
            JsonNode po = call("GET", "/api/courses/" + course + "/personal-data", null, 200);
            call("PUT", "/api/courses/" + course + "/personal-data", Map.of("version", po.path("version").asLong(),
                    "answers", Map.of("Epost", "opr" + course + "@example.invalid", "Varslingskanal", "EPOST")), 200);
            Map<String, Object> registration = new HashMap<>(booking());
            registration.putAll(Map.of("KonsultasjonsDato", "2025-03-10", "Konsultasjonstype", "1",
                    "DiagnoseICD10", "M54.5", "KognitivSvikt", "0", "Tolkebehov", "0", "Forskningsdeltaker", "0"));
            save(course, "REGISTRERING", form(created, "REGISTRERING").path("version").asLong(), registration, true);
            call("POST", "/api/courses/" + course + "/patient-forms/BASELINE/paper", Map.of("SmerteGjennomsnitt",
                    "5"), 200);

            long treatmentVersion = form(created, "BEHANDLING").path("version").asLong();
            Map<String, Object> treatment = new HashMap<>();
            if (i < 28) {
                treatment.put("RfDato", "2025-04-01");
            }
            if (i < 16) {
                treatment.put("ScsImplantatDato", "2025-05-02");
            }
            if (!treatment.isEmpty()) {
                treatmentVersion = save(course, "BEHANDLING", treatmentVersion, treatment, false);
            }
            ongoingTimerFires(course);
            if (i < 58) {
                treatment.putAll(Map.of("Sluttdato", "2025-09-01", "Avslutningsarsak", "1"));
                save(course, "BEHANDLING", treatmentVersion, treatment, true);
            }
            for (Map.Entry<String, int[]> row : TABLE.entrySet()) {
                if (i < row.getValue()[0]) {
                    call("POST", "/api/courses/" + course + "/patient-forms/" + row.getKey() + "/dispatch", null, 200);
                }
                if (i < row.getValue()[1]) {
                    call("POST", "/api/courses/" + course + "/patient-forms/" + row.getKey() + "/paper",
                            Map.of("PGIC", "2"), 200);
                }
            }
        }
    }

    @Test
    void theResponseTable_showsTheReportsCountsAndRoundedShares() throws Exception {
        String page = pageAs(LU, "/rapporter?aar=2025");

        assertThat(elementText(page, "unit-opr_svar_slutt_12")).isEqualTo("15 av 58 (26 %)");
        assertThat(elementText(page, "unit-opr_svar_pagaende_12")).isEqualTo("28 av 61 (46 %)");
        assertThat(elementText(page, "unit-opr_svar_rf_3")).isEqualTo("21 av 28 (75 %)");
        assertThat(elementText(page, "unit-opr_svar_rf_6")).isEqualTo("12 av 22 (55 %)");
        assertThat(elementText(page, "unit-opr_svar_rf_12")).isEqualTo("3 av 7 (43 %)");
        assertThat(elementText(page, "unit-opr_svar_rf")).isEqualTo("36 av 57 (63 %)");
        assertThat(elementText(page, "unit-opr_svar_scs_6")).isEqualTo("14 av 16 (88 %)");
        assertThat(elementText(page, "unit-opr_svar_scs_12")).isEqualTo("1 av 4 (25 %)");
        assertThat(elementText(page, "unit-opr_svar_scs")).isEqualTo("15 av 20 (75 %)");
        assertThat(elementText(page, "unit-opr_svar_totalt")).isEqualTo("94 av 196 (48 %)");
        assertThat(elementText(page, "unit-opr_baseline_besvart")).as("every one answered the baseline")
                .isEqualTo("61 av 61 (100 %)");
    }

    @Test
    void yearByYear_theAnnualTablesShowEachYearsFigures_andBadYearsAreRefusedAtTheirField() throws Exception {
        String page = pageAs(LU, "/rapporter?fraAar=2024&tilAar=2026");

        assertThat(elementText(page, "year-opr_svar_totalt-2025")).isEqualTo("94 av 196 (48 %)");
        assertThat(elementText(page, "year-opr_svar_totalt-2024")).isEqualTo("–");
        assertThat(elementText(page, "year-opr_baseline_besvart-2025")).isEqualTo("61 av 61 (100 %)");
        assertThat(page).contains("<th scope=\"col\" class=\"text-end\">2026</th>");

        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs(LU, "demo");
        HttpResponse<String> reversed = lu.get("/rapporter?fraAar=2025&tilAar=2021", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(elementText(reversed.body(), "tilAar-problem")).startsWith("Til år kan ikke være før fra år");
        assertThat(reversed.body()).contains("value=\"2021\"").doesNotContain("id=\"defined-years\"");
        HttpResponse<String> tooMany = lu.get("/rapporter?fraAar=2015&tilAar=2025", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(elementText(tooMany.body(), "fraAar-problem")).contains("10");
        assertThat(lu.get("/rapporter?fraAar=2024", PermissionMatrixIT.BROWSER_ACCEPT).statusCode())
                .as("the last year is asked for too").isEqualTo(400);
    }

    @Test
    void oprsCoursesAreOprsOwn_smerteregAndNnrrUsersDoNotSeeThem() throws Exception {
        long course = jdbc.queryForObject("select min(id) from course where unit_resh = ? and registry_id = 'opr'",
                Long.class, TELEMARK);
        assertThat(as("lu.stolav").get("/api/courses/" + course).status()).isEqualTo(404);
        assertThat(as("lu.100320").get("/api/courses/" + course).status()).isEqualTo(404);
        assertThat(as("lu.4207789").get("/api/courses/" + course).status()).as("another OPR clinic").isEqualTo(404);
        assertThat(pageAs("lu.stolav", "/rapporter")).doesNotContain("opr_svar");
    }

    /** The secretary's booking in the registration: referral, treatment right and category, planned consultation. */
    private static Map<String, Object> booking() {
        return Map.of("HenvisningsDato", "2025-01-15", "BehandlingsrettDato", "2025-01-20",
                "Behandlingsrettkategori", "1", "PlanlagtKonsultasjonsDato", "2025-03-10");
    }

    /** Saves a draft or finalises; the form's new version. */
    private long save(long course, String form, long version, Map<String, Object> answers, boolean finalise)
            throws Exception {
        String path = "/api/courses/" + course + "/forms/" + form + (finalise ? "/finalise" : "/draft");
        JsonNode saved = call(finalise ? "POST" : "PUT", path, Map.of("version", version, "answers", answers), 200);
        return saved.has("version") ? saved.path("version").asLong() : form(saved, form).path("version").asLong();
    }

    /** One call of the API in the LU's logged-in session (one password check for the whole feed). */
    private JsonNode call(String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> response = session.json(method, path, body == null ? null : JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** The course's timer twelve months after the first consultation (long past here), run as the job executor. */
    private void ongoingTimerFires(long course) {
        List<String> timers = jdbc.queryForList("select j.id_ from act_ru_job j join act_ru_execution e on "
                + "e.id_ = j.process_instance_id_ where e.business_key_ = ? and e.parent_id_ is null "
                + "and j.process_def_key_ = 'opr-course' and j.type_ = 'timer'", String.class, String.valueOf(course));
        assertThat(timers).as("the ongoing treatment's timer of course " + course).hasSize(1);
        management.executeJob(timers.get(0));
    }
}
