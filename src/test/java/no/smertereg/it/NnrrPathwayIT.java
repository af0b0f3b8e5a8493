package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;


import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * NNRR beside SmerteReg in one application (ADR 0016): an NNRR clinician books a course, the draft's planned
 * consultation plans the form before treatment 16 days ahead at 09:00, and a treater form finalised without a
 * relevant diagnosis deletes the course. The SmerteReg clinicians of the same unit never see it.
 */
class NnrrPathwayIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void aBookedCourse_plansItsPatientFormFromTheDraft_andNoRelevantDiagnosisDeletesIt() {
        ClockUtil.reset();
        nnrrClinician("nnrr.behandler", "+47 400 97 301");
        long course = newCourse("nnrr.behandler", HAUKELAND).path("id").asLong();
        assertThat(as("lu.haukeland").get("/api/courses/" + course).status())
                .as("SmerteReg's clinicians of the unit do not see an NNRR course").isEqualTo(404);

        LocalDate today = LocalDate.now(OSLO);
        JsonNode draft = as("nnrr.behandler").get("/api/courses/" + course + "/forms/BEHANDLER").expect(200).json();
        as("nnrr.behandler").put("/api/courses/" + course + "/forms/BEHANDLER/draft", finalisePayload(draft, Map.of(
                "HenvisningsDato", today.minusDays(3).toString(),
                "PlanlagtKonsultasjonsDato", today.plusDays(40).toString()))).expect(200);

        JsonNode before = patientForm(course, "PASIENT-FOR");
        assertThat(before.path("plannedSendAt").asText()).isEqualTo(today.plusDays(24).atTime(9, 0).atZone(OSLO)
                .toInstant().toString());

        finalise("nnrr.behandler", course, "BEHANDLER", NnrrAnswers.treaterForm(today, today.plusDays(40), "2"));

        assertThat(jdbc.queryForObject("select status from course where id = ?", String.class, course))
                .isEqualTo("DELETED");
        assertThat(jdbc.queryForObject("select delete_reason from course where id = ?", String.class, course))
                .contains("Ingen relevant");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ?",
                Integer.class, String.valueOf(course))).as("the patient form's pathway ends too").isZero();
    }

    /**
     * The manual's clinic route: the form is opened at the clinic with a one-time code and no notice, the patient
     * cannot submit it without the consent, answers it with the consent on the portal, and the treater's finalise
     * with a relevant diagnosis plans the follow-ups 6 and 12 months after the visit at 09:00.
     */
    @Test
    void answeredAtTheClinicWithConsent_theFinaliseKeepsTheCourse_andPlansTheFollowUps() throws Exception {
        ClockUtil.reset();
        jdbc.update("delete from request_limit where limit_key like 'portal-code:%'");
        nnrrClinician("nnrr.klinikk", "+47 400 97 302");
        long course = newCourse("nnrr.klinikk", HAUKELAND).path("id").asLong();
        String birthDate = as("nnrr.klinikk").get("/api/courses/" + course + "/personal-data").expect(200).json()
                .path("person").path("birthDate").asText();
        LocalDate today = LocalDate.now(OSLO);
        JsonNode draft = as("nnrr.klinikk").get("/api/courses/" + course + "/forms/BEHANDLER").expect(200).json();
        as("nnrr.klinikk").put("/api/courses/" + course + "/forms/BEHANDLER/draft", finalisePayload(draft, Map.of(
                "HenvisningsDato", today.minusDays(20).toString(),
                "PlanlagtKonsultasjonsDato", today.toString()))).expect(200);

        String code = as("nnrr.klinikk").post("/api/courses/" + course + "/patient-forms/PASIENT-FOR/at-clinic",
                Map.of()).expect(200).json().path("code").asText();
        PortalClient patient = new PortalClient(port);
        patient.get("/pasient");
        assertThat(patient.post("/pasient", Map.of("code", code, "birthDate", birthDate)).statusCode())
                .isEqualTo(302);
        Map<String, String> answers = patientAnswers();
        assertThat(patient.post("/pasient/skjema", answers).statusCode()).as("not without the consent")
                .isEqualTo(400);
        answers.put("Samtykke", "on");
        assertThat(patient.post("/pasient/skjema", answers).statusCode()).isEqualTo(200);

        Map<String, Object> treater = NnrrAnswers.treaterForm(today, today, "1");
        treater.put("DiagnosticNumber1Type", "20");
        treater.put("DiagnosticNumber1", "M54.5");
        finalise("nnrr.klinikk", course, "BEHANDLER", treater);

        assertThat(jdbc.queryForObject("select status from course where id = ?", String.class, course))
                .isEqualTo("ACTIVE");
        assertThat(patientForm(course, "OPPFOLGING-6").path("plannedSendAt").asText()).isEqualTo(today
                .plusMonths(6).atTime(9, 0).atZone(OSLO).toInstant().toString());
        assertThat(patientForm(course, "OPPFOLGING-12").path("plannedSendAt").asText()).isEqualTo(today
                .plusMonths(12).atTime(9, 0).atZone(OSLO).toInstant().toString());
        assertThat(jdbc.queryForList("select e.event from dispatch_event e join patient_form f on "
                + "f.id = e.patient_form_id where f.course_id = ? and f.form_type = 'PASIENT-FOR' order by e.id",
                String.class, course)).as("opened at the clinic, no notice").containsExactly("AT_CLINIC", "ANSWERED");
    }

    /** N3 through the platform: opened at the clinic for one date, then booked 31 days later in the draft. */
    @Test
    void aConsultationMovedMoreThanThirtyDaysAfterTheFormWentOut_deletesTheCourse() {
        ClockUtil.reset();
        nnrrClinician("nnrr.merkantil", "+47 400 97 303");
        long course = newCourse("nnrr.merkantil", HAUKELAND).path("id").asLong();
        LocalDate today = LocalDate.now(OSLO);
        saveBooking("nnrr.merkantil", course, today.plusDays(2));
        as("nnrr.merkantil").post("/api/courses/" + course + "/patient-forms/PASIENT-FOR/at-clinic", Map.of())
                .expect(200);

        saveBooking("nnrr.merkantil", course, today.plusDays(32));
        assertThat(jdbc.queryForObject("select status from course where id = ?", String.class, course))
                .as("30 days: nothing changes").isEqualTo("ACTIVE");
        saveBooking("nnrr.merkantil", course, today.plusDays(33));

        assertThat(jdbc.queryForMap("select status, delete_reason from course where id = ?", course))
                .containsEntry("status", "DELETED").extractingByKey("delete_reason").asString()
                .contains("mer enn 30 dager");
    }

    private void saveBooking(String username, long course, LocalDate planned) {
        JsonNode draft = as(username).get("/api/courses/" + course + "/forms/BEHANDLER").expect(200).json();
        as(username).put("/api/courses/" + course + "/forms/BEHANDLER/draft", finalisePayload(draft, Map.of(
                "HenvisningsDato", planned.minusDays(40).toString(),
                "PlanlagtKonsultasjonsDato", planned.toString()))).expect(200);
    }


    /** Every required answer of the form before treatment but the consent. */
    private static Map<String, String> patientAnswers() {
        Map<String, String> answers = new HashMap<>();
        answers.put("PainDurationNow", "2");
        answers.put("PainExperiencesNoActivity", "4");
        answers.put("PainExperiencesActivity", "6");
        for (String odi : new String[] {"OdiPain", "OdiPersonalCare", "OdiLift", "OdiWalk", "OdiSit", "OdiStand",
                "OdiSleep", "OdiSocial", "OdiTravel"}) {
            answers.put(odi, "2");
        }
        for (String eq5d : new String[] {"Eq5dWalk", "Eq5dPersonalCare", "Eq5dOrdinaryActivities", "Eq5dPain",
                "Eq5dAnxiety"}) {
            answers.put(eq5d, "1");
        }
        answers.put("Eq5dHealthLevel", "70");
        return answers;
    }

    /** An LU of Haukeland in NNRR only. */
    private void nnrrClinician(String username, String mobile) {
        insertUser(username, mobile, false, "LU");
        grantIn("nnrr", username, HAUKELAND, "LU");
    }

    private JsonNode patientForm(long course, String code) {
        for (JsonNode form : as("nnrr.behandler").get("/api/courses/" + course + "/patient-forms").expect(200)
                .json()) {
            if (code.equals(form.path("form").asText()) || code.equals(form.path("form").path("code").asText())) {
                return form;
            }
        }
        throw new AssertionError("no patient form " + code + " in course " + course);
    }
}
