package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.eprom.CourseDateMoves;
import no.smertereg.eprom.PatientFormDispatch;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.SmerteregPatientForms;
import no.smertereg.patients.PatientService;

/**
 * The course orders its patient forms (P3): Pasreg and HADS once consent is registered in TO, also when it comes
 * in a later correction; Eval and Opioid when B2.2 is finalised; a corrected end date moves the Opioid send.
 */
class PatientFormTriggersIT extends IntegrationTest {

    @Autowired
    CourseDateMoves moves;

    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    PatientFormDispatch dispatch;
    @Autowired
    PatientService patients;

    @Test
    void consentInALaterToCorrectionOrdersPasregAndHads() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "0"));
        assertThat(patientForms(id)).as("ePROM not possible without consent").isEmpty();
        assertThat(states(id)).containsEntry("PASREG", "NOT_POSSIBLE").containsEntry("HADS", "NOT_POSSIBLE")
                .containsEntry("EVAL", "AVAILABLE").containsEntry("OPIOID", "AVAILABLE");
        as("lu.ahus").get("/api/courses/" + id + "/patient-forms").expect(404);

        JsonNode to = as("lc.haukeland").get("/api/courses/" + id + "/forms/TO").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Samtykke innhentet")).expect(200);
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        assertThat(patientForms(id)).containsExactlyInAnyOrder("PASREG", "HADS");
        assertThat(course("lu.haukeland", id).path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(states(id)).containsEntry("PASREG", "PLANNED").containsEntry("HADS", "PLANNED")
                .containsEntry("EVAL", "AVAILABLE");
        List<String> planned = new java.util.ArrayList<>();
        for (LocalDate day : List.of(LocalDate.now(ZoneId.of("Europe/Oslo")),
                LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1))) {
            as("lc.haukeland").get("/api/units/" + HAUKELAND + "/dispatch-preview?date=" + day).expect(200).json()
                    .forEach(p -> {
                        if (p.path("courseId").asLong() == id) {
                            planned.add(p.path("form").asText());
                        }
                    });
        }
        assertThat(planned).containsExactly("PASREG", "HADS");
        as("lu.ahus").get("/api/units/" + HAUKELAND + "/dispatch-preview").expect(403);
        JsonNode pasreg = as("lu.haukeland").get("/api/courses/" + id + "/patient-forms").json().get(0);
        assertThat(pasreg.path("plannedSendAt").asText()).endsWith(":30:00Z");
    }

    /**
     * The Opioid is planned 28 days after B2.2's end date (the date role endDate, ADR 0016). In a correction the
     * draft that changes the date moves nothing (a typo there must not send early); the finalise moves it.
     */
    @Test
    void b22OrdersEvalAndOpioid_andACorrectedEndDateMovesTheOpioidSend() {
        LocalDate end = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(8);
        LocalDate corrected = end.plusDays(5);
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        assertThat(patientForms(id)).containsExactlyInAnyOrder("PASREG", "HADS");

        finalise("lu.haukeland", id, "B22", b22(end.toString()));
        assertThat(patientForms(id)).containsExactlyInAnyOrder("PASREG", "HADS", "EVAL", "OPIOID");
        assertThat(opioidDue(id)).isEqualTo(oslo1630(end.plusDays(28)));

        JsonNode b22 = as("lc.haukeland").get("/api/courses/" + id + "/forms/B22").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B22/unlock", Map.of("version",
                b22.path("version").asLong(), "reason", "Feil sluttdato")).expect(200);
        long version = as("lu.haukeland").get("/api/courses/" + id + "/forms/B22").json().path("version").asLong();
        as("lu.haukeland").put("/api/courses/" + id + "/forms/B22/draft", Map.of("version", version,
                "answers", b22(corrected.toString()))).expect(200);
        assertThat(opioidDue(id)).as("not moved by the correction's draft").isEqualTo(oslo1630(end.plusDays(28)));

        finalise("lu.haukeland", id, "B22", b22(corrected.toString()));
        assertThat(opioidDue(id)).isEqualTo(oslo1630(corrected.plusDays(28)));
        assertThat(patientForms(id)).as("no second Eval or Opioid").hasSize(4);
    }

    /**
     * ADR 0016: a form planned from a course date keeps the date it went out for, and how far the date has moved since
     * is what a course diagram's gateway reads (NNRR N3: more than 30 days after the send means a new course).
     */
    @Test
    void aSentFormKeepsTheCourseDateItWentOutFor_andCountsTheDaysTheDateMovedSince() {
        LocalDate end = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(18);
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", id, "flyttet" + id + "@example.invalid");
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        finalise("lu.haukeland", id, "B22", b22(end.toString()));
        assertThat(moves.daysMovedSinceSent(id, SmerteregPatientForms.OPIOID)).as("not sent yet").isZero();

        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/OPIOID/dispatch", Map.of()).expect(200);
        assertThat(jdbc.queryForObject("select planned_from from patient_form where course_id = ? and form_type = "
                + "'OPIOID'", java.sql.Date.class, id).toLocalDate()).isEqualTo(end);
        assertThat(moves.daysMovedSinceSent(id, SmerteregPatientForms.OPIOID)).isZero();

        long version = as("lc.haukeland").get("/api/courses/" + id + "/forms/B22").json().path("version").asLong();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B22/unlock", Map.of("version", version, "reason",
                "Feil sluttdato")).expect(200);
        finalise("lu.haukeland", id, "B22", b22(end.plusDays(10).toString()));

        assertThat(moves.daysMovedSinceSent(id, SmerteregPatientForms.OPIOID)).isEqualTo(10);
        assertThat(moves.daysMovedSinceSent(id, SmerteregPatientForms.PASREG)).as("planned from its order").isZero();
    }

    @Test
    void withoutConsentTheFormsAreClosedWithReason5_andEvalAndOpioidAreNeverSent() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "0"));
        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/closure", Map.of("reason", 7)).expect(400);

        JsonNode closed = as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/closure",
                Map.of("reason", 5)).expect(200).json();
        assertThat(closed.findValuesAsText("state")).containsOnly("CLOSED");
        assertThat(closed.findValuesAsText("reasonCode")).containsOnly("5");

        finalise("lu.haukeland", id, "B22", b22("2026-11-20"));
        assertThat(patientForms(id)).isEmpty();
        assertThat(states(id).values()).containsOnly("CLOSED");
    }

    @Test
    void answerAllAndFinaliseWorksOnlyWhileNothingIsSent() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/closure", Map.of("reason", 5)).expect(400);

        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/closure", Map.of("reason", 4)).expect(200);
        assertThat(patientForms(id)).as("the planned 16:30 sends are cancelled").isEmpty();

        long sent = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", sent, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", sent, "sendt@example.invalid");
        dispatch.send(sent, SmerteregPatientForms.PASREG, "test-send:" + sent, null, null);
        JsonNode refused = as("lu.haukeland").post("/api/courses/" + sent + "/patient-forms/closure",
                Map.of("reason", 2)).expect(409).json();
        assertThat(refused.path("detail").asText()).contains("sendt");

        long type1 = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", type1, "TO", toType1NotSeen());
        as("lu.haukeland").post("/api/courses/" + type1 + "/patient-forms/closure", Map.of("reason", 9)).expect(409);
    }

    @Test
    void consentWithdrawnInACorrectedToClosesTheUnsentForms() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        assertThat(patientForms(id)).containsExactlyInAnyOrder("PASREG", "HADS");

        JsonNode to = as("lc.haukeland").get("/api/courses/" + id + "/forms/TO").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Samtykke trukket")).expect(200);
        finalise("lu.haukeland", id, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "0", "TypeManglSamt", "5"));

        assertThat(patientForms(id)).as("nothing is sent without consent").isEmpty();
        assertThat(states(id).values()).containsOnly("CLOSED");
        assertThat(course("lu.haukeland", id).path("registry").asText()).isEqualTo("LOCAL");
    }

    @Test
    void paperFormsAreEnteredByTheClinician_andManualDispatchSendsNowOrAgain() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, "papir@example.invalid");
        Api lu = as("lu.haukeland");

        lu.post("/api/courses/" + id + "/patient-forms/OPIOID/paper", Map.of("Utskrevetsykehus", "1")).expect(400);
        lu.post("/api/courses/" + id + "/patient-forms/PASREG/paper", Map.of("PRSpm1", "7")).expect(400);
        lu.post("/api/courses/" + id + "/patient-forms/PASREG/paper", Map.of("PRSpm1", "2", "PRSpm2", "3",
                "PRSpm3Mangler", true, "PRSpm4", "0", "PRSpm5", "3", "PRSpm6", "9")).expect(200);
        lu.post("/api/courses/" + id + "/patient-forms/EVAL/paper", Map.of("HuskerSmerteteam", "2")).expect(200);
        assertThat(states(id)).containsEntry("PASREG", "COMPLETED").containsEntry("EVAL", "COMPLETED")
                .containsEntry("HADS", "PLANNED");
        assertThat(patientForms(id)).containsExactly("HADS");

        lu.post("/api/courses/" + id + "/patient-forms/HADS/dispatch", Map.of()).expect(200);
        assertThat(states(id)).containsEntry("HADS", "SENT");
        lu.post("/api/courses/" + id + "/patient-forms/HADS/dispatch", Map.of()).expect(200);
        assertThat(jdbc.queryForObject("select count(*) from dispatch_event e join patient_form f on "
                + "f.id = e.patient_form_id where f.course_id = ? and f.form_type = 'HADS' and e.event = 'SENT'",
                Long.class, id)).isEqualTo(2);

        finalise("lu.haukeland", id, "B22", b22("2026-11-20"));
        assertThat(patientForms(id)).as("Eval was answered on paper, so only Opioid is ordered")
                .containsExactlyInAnyOrder("HADS", "OPIOID");
        lu.post("/api/courses/" + id + "/patient-forms/PASREG/paper", Map.of("PRSpm1", "2")).expect(409);
    }

    @Test
    void aPatientReportedDeadHasEveryOpenFormClosedWithReason3() {
        JsonNode course = newCourse("lu.haukeland", HAUKELAND);
        long id = course.path("id").asLong();
        long pid = course.path("pid").asLong();
        jdbc.update("update patient set deceased = false, date_of_death = null where pid = ?", pid);
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, "doed@example.invalid");
        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/HADS/dispatch", Map.of()).expect(200);

        jdbc.update("update synthetic_person set deceased = true, date_of_death = current_date where national_id = "
                + "(select national_id from patient where pid = ?)", pid);
        patients.refreshFromPopulationRegistry(pid);

        assertThat(patientForms(id)).isEmpty();
        JsonNode forms = as("lu.haukeland").get("/api/courses/" + id + "/patient-forms").json();
        assertThat(forms.findValuesAsText("state")).containsOnly("CLOSED");
        assertThat(forms.findValuesAsText("reasonCode")).containsOnly("3");
    }

    private static Map<String, Object> b22(String endDate) {
        return Map.of("SluttDato", endDate, "AntPasTils", 2, "IkkeMedBeh", "0", "VidereOppf", "0",
                "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0");
    }

    private Map<String, String> states(long courseId) {
        Map<String, String> states = new java.util.HashMap<>();
        as("lu.haukeland").get("/api/courses/" + courseId + "/patient-forms").expect(200).json()
                .forEach(f -> states.put(f.path("form").asText(), f.path("state").asText()));
        return states;
    }

    private List<Object> patientForms(long courseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).list().stream()
                .map(pi -> runtime.getVariable(pi.getId(), "patientForm")).toList();
    }

    private Date opioidDue(long courseId) {
        String opioid = runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).variableValueEquals("patientForm", "OPIOID")
                .singleResult().getId();
        return management.createJobQuery().processInstanceId(opioid).timers().singleResult().getDuedate();
    }

    private static Date oslo1630(LocalDate date) {
        return Date.from(date.atTime(16, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }
}
