package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * R1 by date (registry.legal-basis.reservation-from, 2027-01-01): a course registered before it is consent-based and
 * keeps that basis; one registered from it on is reservation-based, so a type-3 course without consent is national
 * and gets Pasreg and HADS; a reserved patient's course is local with nothing planned.
 */
class LegalBasisIT extends IntegrationTest {

    static final Map<String, Object> TYPE3_WITHOUT_CONSENT = Map.of("HenvistDato", "2026-11-16", "StartdatoTO",
            "2026-11-16", "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "0");

    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void coursesKeepTheBasisOfTheirRegistrationDay_andTheReservationBasisSendsPasregWithoutConsent() {
        ClockUtil.setCurrentTime(oslo("2026-12-31T10:00"));
        long before = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        ClockUtil.setCurrentTime(oslo("2027-01-02T10:00"));
        long after = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();

        finalise("lu.haukeland", before, "TO", TYPE3_WITHOUT_CONSENT);
        finalise("lu.haukeland", after, "TO", TYPE3_WITHOUT_CONSENT);

        JsonNode consentBased = course("lu.haukeland", before);
        assertThat(consentBased.path("legalBasis").asText()).isEqualTo("CONSENT");
        assertThat(consentBased.path("registry").asText()).isEqualTo("LOCAL");
        assertThat(patientForms(before)).isEmpty();

        JsonNode reservationBased = course("lu.haukeland", after);
        assertThat(reservationBased.path("legalBasis").asText()).isEqualTo("RESERVATION");
        assertThat(reservationBased.path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(reservationBased.path("consent").asBoolean()).as("the answer is kept as information").isFalse();
        assertThat(patientForms(after)).containsExactlyInAnyOrder("PASREG", "HADS");
        assertThat(jdbc.queryForObject("select legal_basis from course where id = ?", String.class, before))
                .as("a course keeps its basis").isEqualTo("CONSENT");
    }

    @Test
    void afterTheSwitch_aReservedPatientsNewCourseIsLocal_withNothingPlanned() throws Exception {
        ClockUtil.setCurrentTime(oslo("2027-01-04T09:00"));
        String nationalId = nextSyntheticNationalId();
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", nationalId, "channel", "PAPER",
                "receivedOn", "2027-01-03")).statusCode()).isEqualTo(302);
        long reservation = jdbc.queryForObject("select max(id) from reservation", Long.class);
        assertThat(secretariat.post("/reservasjoner/" + reservation + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);

        long id = as("lu.haukeland").post("/api/courses", Map.of("nationalId", nationalId, "departmentId",
                department(HAUKELAND, 0))).expect(201).json().path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        JsonNode course = course("lu.haukeland", id);
        assertThat(course.path("legalBasis").asText()).isEqualTo("RESERVATION");
        assertThat(course.path("registry").asText()).isEqualTo("LOCAL");
        assertThat(patientForms(id)).isEmpty();
        assertThat(jdbc.queryForList("select state || ':' || reason_code from patient_form where course_id = ? "
                + "and form_type in ('PASREG', 'HADS')", String.class, id)).containsOnly("CLOSED:5");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(id))
                .activityIdIn("Gateway_AwaitConsent").count()).as("nothing waits for consent").isZero();
    }

    private List<Object> patientForms(long courseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).list().stream()
                .map(pi -> runtime.getVariable(pi.getId(), "patientForm")).toList();
    }
}
