package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, class 5: the outside attack's implausible dates are refused with 400 naming the field, through the
 * registry's API, its pages and Tasklist's submit-form alike (the rules in the {@code .form} files), and nothing is
 * saved; a reservation or patient-rights request received on 0000-01-01 or tomorrow starts no case and sends no mail.
 * The registry's clock stands at 2026-12-03 10:00.
 */
class DateRulesIT extends IntegrationTest {

    private static final String TODAY = "2026-12-03";

    @BeforeEach
    void onTheThirdOfDecember2026() {
        ClockUtil.setCurrentTime(oslo(TODAY + "T10:00"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theFindingsDatesInTo_are400NamingTheField_andTheFormIsNotSaved() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Map<String, Map<String, Object>> cases = Map.of(
                "StartdatoTO after referral", to("HenvistDato", "2026-11-20", "DatoSamtykke", "2026-11-20"),
                "StartdatoTO in 2099", to("StartdatoTO", "2099-01-01"),
                "HenvistDato in 1900", to("HenvistDato", "1900-01-01"),
                "DatoSamtykke in 1999", to("DatoSamtykke", "1999-06-01"),
                "DatoSamtykke in 2030", to("DatoSamtykke", "2030-01-01"));
        Api lu = as("lu.haukeland");

        cases.forEach((finding, answers) -> {
            JsonNode refused = lu.post("/api/courses/" + id + "/forms/TO/finalise", Map.of("version", 0,
                    "answers", answers)).expect(400).json();
            assertThat(refused.path("errors").findValuesAsText("field")).as(finding)
                    .containsExactly(finding.split(" ")[0]);
        });

        JsonNode to = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json();
        assertThat(to.path("status").asText()).isEqualTo("NEW");
        assertThat(to.path("version").asLong()).isZero();
        assertThat(to.path("answers").isEmpty()).isTrue();
        assertThat(course("lu.haukeland", id).path("courseType").isNull()).isTrue();
    }

    @Test
    void theRefusalSaysTheRuleInBokmaalOrEnglish_andADraftIsRefusedForTheSameRule() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Map<String, Object> startAhead = Map.of("version", 0, "answers", Map.of("StartdatoTO", "2099-01-01"));

        JsonNode bokmaal = as("lu.haukeland").put("/api/courses/" + id + "/forms/TO/draft", startAhead)
                .expect(400).json();
        JsonNode english = as("lu.haukeland").inLanguage("en").put("/api/courses/" + id + "/forms/TO/draft",
                startAhead).expect(400).json();

        assertThat(bokmaal.path("errors").get(0).path("field").asText()).isEqualTo("StartdatoTO");
        assertThat(bokmaal.path("errors").get(0).path("message").asText())
                .isEqualTo("Startdato kan ikke være fram i tid.");
        assertThat(english.path("errors").get(0).path("message").asText())
                .isEqualTo("The start date cannot be in the future.");
        assertThat(as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").json().path("status").asText())
                .isEqualTo("NEW");
    }

    @Test
    void b22EndingBeforeTosStart_is400NamingSluttDato_andB22IsNotSaved() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        JsonNode refused = as("lu.haukeland").post("/api/courses/" + id + "/forms/B22/finalise", Map.of(
                "version", 0, "answers", b22("2026-11-15"))).expect(400).json();

        assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("SluttDato");
        assertThat(refused.path("errors").get(0).path("message").asText())
                .isEqualTo("Sluttdato kan ikke være før startdatoen i TO.");
        JsonNode b22 = as("lu.haukeland").get("/api/courses/" + id + "/forms/B22").json();
        assertThat(b22.path("status").asText()).isEqualTo("NEW");
        assertThat(b22.path("answers").isEmpty()).isTrue();
        finalise("lu.haukeland", id, "B22", b22("2026-11-16"));
    }

    @Test
    void tasklistsSubmitForm_isRefusedForTheSameRules_namingTheField() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        String toTask = taskId(lu, id, "UserTask_TO");

        Api.Response start = lu.post("/engine-rest/task/" + toTask + "/submit-form", Map.of("variables",
                variables(to("StartdatoTO", "2099-01-01"))));

        assertThat(start.status()).isEqualTo(400);
        assertThat(start.json().path("message").asText()).contains("StartdatoTO: Startdato kan ikke være fram i tid.");
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").json().path("status").asText()).isEqualTo("NEW");
        assertThat(taskId(lu, id, "UserTask_TO")).isEqualTo(toTask);

        lu.post("/engine-rest/task/" + toTask + "/submit-form", Map.of("variables", variables(to()))).expect(204);
        Api.Response end = lu.post("/engine-rest/task/" + taskId(lu, id, "UserTask_B22") + "/submit-form",
                Map.of("variables", variables(b22("2026-11-15"))));

        assertThat(end.status()).isEqualTo(400);
        assertThat(end.json().path("message").asText()).contains("SluttDato: Sluttdato kan ikke være før startdatoen");
        JsonNode b22 = lu.get("/api/courses/" + id + "/forms/B22").json();
        assertThat(b22.path("status").asText()).isEqualTo("NEW");
        assertThat(b22.path("answers").isEmpty()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ = 'SluttDato'", Long.class))
                .isZero();
    }

    @Test
    void theFormPageShowsTheRuleAtTheField_andKeepsWhatWasTyped() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        SessionClient page = new SessionClient(port, jdbc);
        page.loginAs("lu.haukeland", "demo");
        Map<String, String> fields = new HashMap<>();
        to("HenvistDato", "1900-01-01").forEach((key, value) -> fields.put(key, value.toString()));
        fields.put("version", "0");
        fields.put("action", "finalise");

        HttpResponse<String> response = page.post("/forlop/" + id + "/skjema/TO", fields);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"HenvistDato-error\"",
                "Henvisningsdato kan ikke være før 01.01.2015", "value=\"1900-01-01\"");
        assertThat(as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").json().path("status").asText())
                .isEqualTo("NEW");
    }

    @Test
    void aReservationOrRequestReceivedOn00000101OrTomorrow_isRefusedOnReceivedOn_andStartsNothing() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long pid = course("lu.haukeland", id).path("pid").asLong();
        String stranger = nextSyntheticNationalId();
        long cases = privacyCases();
        long mails = privacyMails();
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");

        HttpResponse<String> yearZero = secretariat.post("/reservasjoner", Map.of("patient", stranger,
                "channel", "PAPER", "receivedOn", "0000-01-01"));
        HttpResponse<String> tomorrow = secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid),
                "channel", "PAPER", "receivedOn", "2026-12-04"));
        HttpResponse<String> request = secretariat.post("/pasientrettigheter", Map.of("patient",
                String.valueOf(pid), "kind", "ACCESS", "receivedOn", "0000-01-01"));
        HttpResponse<String> requestAhead = secretariat.post("/pasientrettigheter", Map.of("patient",
                String.valueOf(pid), "kind", "ACCESS", "receivedOn", "2026-12-04"));

        assertThat(yearZero.statusCode()).isEqualTo(400);
        assertThat(yearZero.body()).contains("id=\"receivedOn-problem\"", "kan ikke være før 2015-01-01",
                "value=\"0000-01-01\"");
        assertThat(tomorrow.statusCode()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("id=\"receivedOn-problem\"", "kan ikke være fram i tid");
        assertThat(request.statusCode()).isEqualTo(400);
        assertThat(request.body()).contains("id=\"receivedOn-problem\"", "kan ikke være før 2015-01-01");
        assertThat(requestAhead.statusCode()).isEqualTo(400);
        assertThat(requestAhead.body()).contains("id=\"receivedOn-problem\"", "kan ikke være fram i tid");
        assertThat(jdbc.queryForObject("select count(*) from patient where national_id = ?", Long.class, stranger))
                .as("a refused reservation registers no person").isZero();
        assertThat(jdbc.queryForObject("select count(*) from reservation where pid = ?", Long.class, pid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from patient_request where pid = ?", Long.class, pid))
                .isZero();
        assertThat(privacyCases()).as("no reservation or patient-request process").isEqualTo(cases);
        assertThat(privacyMails()).as("no deadline mail").isEqualTo(mails);
    }

    private long privacyCases() {
        return jdbc.queryForObject("select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = "
                + "e.proc_def_id_ where e.parent_id_ is null and d.key_ in ('reservation', 'patient-request')",
                Long.class);
    }

    private long privacyMails() {
        return jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key like 'privacy-%'",
                Long.class);
    }

    /** The type-3 TO with consent of {@link #toType3WithConsent()}, with some answers changed. */
    private static Map<String, Object> to(String... changes) {
        Map<String, Object> answers = new HashMap<>(toType3WithConsent());
        for (int i = 0; i < changes.length; i += 2) {
            answers.put(changes[i], changes[i + 1]);
        }
        return answers;
    }

    private static Map<String, Object> b22(String endDate) {
        return Map.of("SluttDato", endDate, "AntPasTils", 2, "IkkeMedBeh", "0", "VidereOppf", "0",
                "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0");
    }

    private static Map<String, Object> variables(Map<String, Object> answers) {
        Map<String, Object> variables = new HashMap<>();
        answers.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return variables;
    }

}
