package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, O1-O2 through the platform (the diagram's FEEL over the stored forms, the course page): the secretary's
 * booking plans the baseline 14 days before the consultation, an exclusion is noted on the course page and plans no
 * follow-up, an RF date saved while the baseline is still open plans the RF follow-ups when follow-up starts, and
 * the monthly control counts and lists the open courses without activity. At
 * Sørlandet sykehus's OPR clinic (100133), whose SmerteReg users see none of it.
 */
class OprPathwayIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String SORLANDET = "100133";
    private static final String LU = "lu.100133";

    @org.springframework.beans.factory.annotation.Autowired
    no.smertereg.course.InactiveCourses inactive;

    @BeforeEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void theSecretarysBooking_plansTheBaselineFourteenDaysBeforeTheConsultation() {
        LocalDate today = LocalDate.now(OSLO);
        long course = newCourse("merkantil.100133");
        save("merkantil.100133", course, "REGISTRERING", booking(today.plusDays(30)), false);

        assertThat(patientForm(course, "BASELINE").path("plannedSendAt").asText())
                .isEqualTo(today.plusDays(16).atTime(9, 0).atZone(OSLO).toInstant().toString());
        assertThat(as("merkantil.100133").get("/api/courses/" + course + "/forms/REGISTRERING").expect(200).json()
                .path("answers").has("DiagnoseICD10")).as("the secretary sees the booking only").isFalse();
        assertThat(as("lu.sorlandet").get("/api/courses/" + course).status())
                .as("SmerteReg's clinicians of the unit do not see an OPR course").isEqualTo(404);
    }

    @Test
    void aPatientWhoNeedsAnInterpreter_getsNoFollowUp_andTheCoursePageSaysWhy() throws Exception {
        long course = registered(Map.of("Tolkebehov", "1"));

        assertThat(patientForms(course)).as("no follow-up is planned").doesNotContain("RF-3", "SLUTT-12",
                "PAGAENDE-12");
        assertThat(jdbc.queryForList("select note from course_pathway_note where course_id = ?", String.class,
                course)).containsExactly("Oppfølging sendes ikke: behov for tolk (O2)");
        String page = pageAs(LU, "/forlop/" + course);
        assertThat(page).contains("id=\"pathway-notes\"").contains("Oppfølging sendes ikke: behov for tolk (O2)");
        assertThat(pageAs("merkantil.100133", "/forlop/" + course)).as("the clerk reads no exclusion")
                .doesNotContain("pathway-notes").doesNotContain("behov for tolk");
    }

    @Test
    void anRfDateSavedWhileTheBaselineIsStillOpen_plansTheRfFollowUpsWhenFollowUpStarts() {
        LocalDate today = LocalDate.now(OSLO);
        long course = newCourse(LU);
        save(LU, course, "REGISTRERING", booking(today.minusDays(10)), false);
        finaliseRegistration(course, today.minusDays(10), Map.of());
        save(LU, course, "BEHANDLING", Map.of("RfDato", today.minusDays(2).toString()), false);
        assertThat(patientForms(course)).as("the baseline has not ended: no follow-up stage yet")
                .doesNotContain("RF-3");

        as(LU).post("/api/courses/" + course + "/patient-forms/BASELINE/paper", Map.of("SmerteGjennomsnitt", "4"))
                .expect(200);

        assertThat(patientForm(course, "RF-3").path("plannedSendAt").asText())
                .isEqualTo(today.minusDays(2).plusMonths(3).atTime(9, 0).atZone(OSLO).toInstant().toString());
        assertThat(patientForm(course, "RF-12").path("plannedSendAt").asText())
                .isEqualTo(today.minusDays(2).plusMonths(12).atTime(9, 0).atZone(OSLO).toInstant().toString());
        assertThat(patientForms(course)).doesNotContain("SCS-6");
    }

    /** R4 from OPR: a request to stop further questionnaires, registered as a reservation, closes every pending one. */
    @Test
    void aStopRequest_closesEveryPendingFollowUp() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        long course = registered(Map.of());
        save(LU, course, "BEHANDLING", Map.of("RfDato", today.minusDays(1).toString()), false);
        assertThat(patientForms(course)).contains("RF-3", "RF-6", "RF-12");
        long pid = as(LU).get("/api/courses/" + course).expect(200).json().path("pid").asLong();

        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel", "PAPER",
                "receivedOn", today.toString())).statusCode()).isEqualTo(302);
        long reservation = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
        assertThat(secretariat.post("/reservasjoner/" + reservation + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);

        List<String> states = new ArrayList<>();
        as(LU).get("/api/courses/" + course + "/patient-forms").expect(200).json()
                .forEach(f -> states.add(f.path("form").asText() + " " + f.path("state").asText()));
        assertThat(states).contains("BASELINE COMPLETED", "RF-3 CLOSED", "RF-6 CLOSED", "RF-12 CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution e where e.business_key_ = ? and "
                + "e.proc_def_id_ like 'patient-form:%'", Integer.class, String.valueOf(course)))
                .as("the follow-ups' pathways end").isZero();
    }

    @Test
    void anOpenCourseWithoutActivityForThreeMonths_isCountedForTheControl_andListedForTheDailyLeader()
            throws Exception {
        long quiet = newCourse(LU);
        long busy = newCourse(LU);
        jdbc.update("update course set created_at = now() - interval '4 months' where id in (?, ?)", quiet, busy);
        jdbc.update("update form_instance set saved_at = now() - interval '4 months' where course_id = ? "
                + "and saved_at is not null", quiet);
        java.time.Period three = java.time.Period.ofMonths(3);
        long before = inactive.count("opr", SORLANDET, three);
        long smerteregBefore = inactive.count("smertereg", SORLANDET, three);
        jdbc.update("update course set created_at = now() - interval '2 months' where id = ?", quiet);
        assertThat(inactive.count("opr", SORLANDET, three)).as("created within the period").isEqualTo(before - 1);
        assertThat(inactive.count("smertereg", SORLANDET, three)).as("SmerteReg's count is its own")
                .isEqualTo(smerteregBefore);
        jdbc.update("update course set created_at = now() - interval '4 months' where id = ?", quiet);
        save(LU, busy, "REGISTRERING", Map.of("Behandlingsrettkategori", "1"), false);

        String list = pageAs("lc.100133", "/arbeidsliste/uten-aktivitet");
        assertThat(list).contains("/forlop/" + quiet + "\"").contains("id=\"quiet-explained\"")
                .as("a form saved today is activity").doesNotContain("/forlop/" + busy + "\"");
        assertThat(pageAs("lc.100133", "/arbeidsliste")).contains("id=\"view-quiet\"");

        SessionClient lc = new SessionClient(port, jdbc);
        lc.loginAs("lc.100133", "demo");
        HttpResponse<String> refused = lc.get("/arbeidsliste/uten-aktivitet?periode=P3D",
                PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("periode");
    }

    private long registered(Map<String, Object> exclusions) {
        LocalDate today = LocalDate.now(OSLO);
        long course = newCourse(LU);
        save(LU, course, "REGISTRERING", booking(today.minusDays(10)), false);
        as(LU).post("/api/courses/" + course + "/patient-forms/BASELINE/paper", Map.of("SmerteGjennomsnitt", "4"))
                .expect(200);
        finaliseRegistration(course, today.minusDays(10), exclusions);
        return course;
    }

    private void finaliseRegistration(long course, LocalDate consultation, Map<String, Object> exclusions) {
        Map<String, Object> answers = new HashMap<>(booking(consultation));
        answers.putAll(Map.of("KonsultasjonsDato", consultation.toString(), "DiagnoseICD10", "M79.7",
                "KognitivSvikt", "0", "Tolkebehov", "0", "Forskningsdeltaker", "0"));
        answers.putAll(exclusions);
        save(LU, course, "REGISTRERING", answers, true);
    }

    private static Map<String, Object> booking(LocalDate planned) {
        return Map.of("HenvisningsDato", planned.minusDays(40).toString(), "Behandlingsrettkategori", "1",
                "PlanlagtKonsultasjonsDato", planned.toString());
    }

    private long newCourse(String username) {
        return as(username).post("/api/courses", Map.of("nationalId", nextAdultNationalId(), "departmentId",
                department(SORLANDET, 0))).expect(201).json().path("id").asLong();
    }

    private void save(String username, long course, String form, Map<String, Object> answers, boolean finalise) {
        JsonNode current = as(username).get("/api/courses/" + course + "/forms/" + form).expect(200).json();
        if (finalise) {
            as(username).post("/api/courses/" + course + "/forms/" + form + "/finalise",
                    finalisePayload(current, answers)).expect(200);
        } else {
            as(username).put("/api/courses/" + course + "/forms/" + form + "/draft", finalisePayload(current, answers))
                    .expect(200);
        }
    }

    /** The patient forms the course's pathway has ordered (not those merely possible). */
    private java.util.List<String> patientForms(long course) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        as(LU).get("/api/courses/" + course + "/patient-forms").expect(200).json().forEach(f -> {
            if (!java.util.Set.of("AVAILABLE", "NOT_POSSIBLE").contains(f.path("state").asText())) {
                codes.add(f.path("form").asText());
            }
        });
        return codes;
    }

    private JsonNode patientForm(long course, String code) {
        for (JsonNode form : as(LU).get("/api/courses/" + course + "/patient-forms").expect(200).json()) {
            if (code.equals(form.path("form").asText())) {
                return form;
            }
        }
        throw new AssertionError("no patient form " + code + " in course " + course);
    }
}
