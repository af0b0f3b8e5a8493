package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Done when (issue 6) in Debian chromium: the secretariat registers a reservation for a patient whose Pasreg waits
 * for 16:30; the patient forms are withdrawn, the course is local only, and the patient's access export lists the
 * course and the access log.
 */
class ReservationBrowserIT extends IntegrationTest {

    @Test
    void theSecretariatRegistersAReservation_andTheAccessExportShowsTheCourse() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        long pid = course("lu.haukeland", id).path("pid").asLong();
        assertThat(jdbc.queryForList("select form_type from patient_form where course_id = ? and state = 'CLOSED'",
                String.class, id)).isEmpty();
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        assertThat(plannedFor1630(id)).as("Pasreg and HADS wait for the 16:30 dispatch").containsExactlyInAnyOrder(
                "PASREG", "HADS");

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "sekretariat", "demo");
            browser.open("/reservasjoner");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.type("#patient", String.valueOf(pid));
            browser.select("#channel", "HELSENORGE");
            browser.setDate("#receivedOn", today);
            browser.submitWith("#log-reservation");
            assertThat(browser.text()).contains("Reservasjonen er ført opp.");
            long reservation = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
            assertThat(browser.find("#reservation-" + reservation).getText()).contains(String.valueOf(pid),
                    "Helsenorge");
            browser.screenshot("reservations");
            browser.submitWith("#register-" + reservation);
            assertThat(browser.text()).contains("Reservasjonen er registrert");

            browser.open("/pasientrettigheter");
            browser.type("#patient", String.valueOf(pid));
            browser.select("#kind", "ACCESS");
            browser.setDate("#receivedOn", today);
            browser.submitWith("#log-request");
            assertThat(browser.text()).contains("Henvendelsen er ført opp.");
            long request = jdbc.queryForObject("select id from patient_request where pid = ?", Long.class, pid);
            assertThat(browser.shown("#export-json-" + request)).isTrue();
            assertThat(browser.shown("#export-pdf-" + request)).isTrue();
            browser.screenshot("patient-rights");
            assertThat(browser.unlabelledFields()).isEmpty();

            SessionClient secretariat = new SessionClient(port, jdbc);
            secretariat.loginAs("sekretariat", "demo");
            HttpResponse<String> json = secretariat.get("/pasientrettigheter/" + request + "/innsyn.json");
            assertThat(json.statusCode()).isEqualTo(200);
            JsonNode sections = new ObjectMapper().readTree(json.body()).path("sections");
            assertThat(sections.path("patient").path("pid").asLong()).isEqualTo(pid);
            assertThat(sections.path("reservation").path("reserved").asBoolean()).isTrue();
            JsonNode course = sections.path("courses").get(0);
            assertThat(course.path("courseId").asLong()).isEqualTo(id);
            assertThat(course.path("registry").asText()).isEqualTo("LOCAL");
            assertThat(course.path("legalBasis").asText()).isEqualTo("CONSENT");
            assertThat(sections.path("patientForms").findValuesAsText("state")).contains("CLOSED");
            assertThat(sections.has("accessLog")).isTrue();
            assertThat(sections.path("accessLog").findValuesAsText("username")).as("everyone who looked")
                    .contains("lu.haukeland", "sekretariat");
            HttpResponse<String> pdf = secretariat.get("/pasientrettigheter/" + request + "/innsyn.pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.body()).startsWith("%PDF");

            browser.type("#outcome-" + request, "Innsyn sendt per post");
            browser.submitWith("#close-" + request);
            assertThat(browser.text()).contains("Henvendelsen er avsluttet.");
        }

        assertThat(jdbc.queryForList("select form_type || ':' || state || ':' || reason_code from patient_form "
                + "where course_id = ? and form_type in ('PASREG', 'HADS')", String.class, id))
                .containsExactlyInAnyOrder("PASREG:CLOSED:5", "HADS:CLOSED:5");
        assertThat(plannedFor1630(id)).as("withdrawn: nothing left for 16:30").isEmpty();
        assertThat(course("lc.haukeland", id).path("registry").asText()).isEqualTo("LOCAL");
        as("sc").get("/api/courses/" + id).expect(404);
        assertThat(jdbc.queryForObject("select state from patient_request where pid = ?", String.class, pid))
                .isEqualTo("CLOSED");
    }

    /** The forms of the course in the unit's dispatch preview (the next 16:30 send, today or tomorrow). */
    private List<String> plannedFor1630(long courseId) {
        List<String> forms = new ArrayList<>();
        for (String day : List.of(LocalDate.now(ZoneId.of("Europe/Oslo")).toString(),
                LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1).toString())) {
            as("lu.haukeland").get("/api/units/" + HAUKELAND + "/dispatch-preview?date=" + day).expect(200).json()
                    .forEach(send -> {
                        if (send.path("courseId").asLong() == courseId) {
                            forms.add(send.path("form").asText());
                        }
                    });
        }
        return forms;
    }
}
