package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.RegistryClock;

/**
 * Issue 18, point 5, in Debian chromium (a browser set to Norwegian bokmål, as the clinicians' are):
 * <ul>
 * <li>a clinician (lu.haukeland) opens a B1.1 task in Tasklist: the task's name carries the course id, the tabs and
 * buttons are bokmål, and the first tab, "Gjelder", shows the course header (the patient's name and PID, the unit,
 * the course's start date) fetched from the registry's API; there is no "migrate to Camunda 8" banner;</li>
 * <li>the unit's user administrator (lc.haukeland) sees the applicant on an access-approval task, and Cockpit opens
 * in bokmål without the banner;</li>
 * <li>the system manager's Admin opens in bokmål without the banner.</li>
 * </ul>
 * Each failed on the old main: Tasklist, Cockpit and Admin were English ("Form", "History", "Processes", "Users"),
 * the task was called "Fyll ut B1.1 (første tilsyn)" with no course id, there was no tab showing whose course it was,
 * and every webapp showed the red "It is time to migrate to Camunda 8" banner.
 */
class WebappsNorwegianBrowserIT extends IntegrationTest {

    @Test
    void aClinicianSeesWhoseCourseAB11TaskIsAbout_inNorwegianTasklist() throws Exception {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        JsonNode person = as("lu.haukeland").get("/api/courses/" + course + "/personal-data").expect(200).json()
                .path("person");
        String name = person.path("familyName").asText() + ", " + person.path("givenName").asText();
        long pid = course("lu.haukeland", course).path("pid").asLong();
        String task = taskId(as("lu.haukeland"), course, "UserTask_B11");

        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/camunda/app/tasklist/default/#/?task=" + task);
            browser.waitUntilShownWith("#smertereg-task-context h3", name);

            assertThat(browser.find("#smertereg-task-context h3").getText()).isEqualTo("Pasient: " + name);
            assertThat(browser.find("#smertereg-task-context-pid").getText()).isEqualTo(String.valueOf(pid));
            assertThat(browser.find("#smertereg-task-context-unit").getText()).contains("Haukeland");
            assertThat(browser.find("#smertereg-task-context-start").getText()).isEqualTo("16.11.2026");
            assertThat(browser.find("#smertereg-task-context-course").getText()).contains("Forløp " + course);
            assertThat(browser.find(".task-card h2.task").getText())
                    .isEqualTo("Fyll ut B1.1 (første tilsyn) · forløp " + course);
            assertThat(tabs(browser)).contains("Gjelder", "Skjema", "Historikk", "Diagram");
            assertThat(browser.text()).doesNotContain("History", "Camunda 8");
            assertThat(browser.shown(".ce-eol-banner")).as("the Camunda 8 banner").isFalse();
            browser.screenshot("tasklist-task-context");

            browser.click(".task-card .nav-tabs li:nth-child(2) a");
            browser.waitUntilShownWith(".task-card .tab-content", "Smertekategori");
            browser.screenshot("tasklist-b11-form");
        }
    }

    @Test
    void theUserAdministratorSeesTheApplicant_andCockpitIsNorwegian() throws Exception {
        String suffix = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
        Map<String, Object> application = new HashMap<>(Map.of("username", "webapp" + suffix, "fullName",
                "Webapp Testsøker", "mobile", "+47 95 " + suffix, "email", "webapp" + suffix + "@helse.invalid",
                "position", "LEGE", "region", "HELSE_VEST", "unitResh", HAUKELAND, "clinic", "Medisinsk klinikk",
                "department", "Smerteteamet", "project", "SMERTEREG"));
        application.put("itPersonnel", false);
        application.put("registry", "smertereg");
        long id = anonymous().post("/api/access/applications", application).expect(201).json().path("id").asLong();
        String task = jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = "
                + "'UserTask_DecideApplication'", String.class, String.valueOf(id));

        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.open("/camunda/app/tasklist/default/#/?task=" + task);
            browser.waitUntilShownWith("#smertereg-task-context h3", "Webapp Testsøker");
            assertThat(browser.find("#smertereg-task-context").getText()).contains("Søker: Webapp Testsøker",
                    "webapp" + suffix, "Lege", "Medisinsk klinikk, Smerteteamet");
            assertThat(browser.find(".task-card h2.task").getText()).isEqualTo("Godkjenn søknad");
            browser.screenshot("tasklist-applicant");

            browser.open("/camunda/app/cockpit/default/");
            browser.waitUntilShownWith("body", "Prosesser");
            assertThat(browser.text()).contains("Prosesser", "Beslutninger", "Brukeroppgaver")
                    .doesNotContain("Processes", "Decisions", "Camunda 8");
            assertThat(browser.shown(".ce-eol-banner")).as("the Camunda 8 banner").isFalse();
            browser.screenshot("cockpit-dashboard");
        }
    }

    @Test
    void adminIsNorwegian() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "admin", "demo");
            browser.open("/camunda/app/admin/default/");
            browser.waitUntilShownWith("body", "Brukere");
            assertThat(browser.text()).contains("Brukere", "Grupper", "Autorisasjoner")
                    .doesNotContain("Users", "Authorizations", "Camunda 8");
            assertThat(browser.shown(".ce-eol-banner")).as("the Camunda 8 banner").isFalse();
            browser.screenshot("admin-dashboard");
        }
    }

    /**
     * Issue 18, point 9, in Tasklist: a course under the reservation right gets its legal basis as a process variable,
     * so Tasklist's TO asks no consent, shows the reservation text, and its completion (which sends the instance's
     * variables back with the answers) finalises the course into the national registry. On the old main the
     * consent question was shown and required.
     */
    @Test
    void toInTasklistUnderTheReservationRight_asksNoConsent_andCompletes() throws Exception {
        long course;
        ClockUtil.setCurrentTime(oslo("2027-01-04T10:00"));
        try {
            course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        } finally {
            ClockUtil.reset();
        }
        assertThat(course("lu.haukeland", course).path("legalBasis").asText()).isEqualTo("RESERVATION");
        String task = taskId(as("lu.haukeland"), course, "UserTask_TO");
        as("lu.haukeland").post("/engine-rest/task/" + task + "/claim", Map.of("userId", "lu.haukeland")).expect(204);

        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/camunda/app/tasklist/default/#/?task=" + task);
            browser.waitUntilShownWith("#smertereg-task-context h3", "Pasient");
            browser.click(".task-card .nav-tabs li:nth-child(2) a");
            browser.waitUntilShownWith(".task-card .tab-content", "Har pasienten fått tilsyn?");
            browser.click("input[id$='Field_Tilsett-0']");
            browser.click("input[id$='Field_InklKritOppf-1']");
            browser.waitUntilShownWith(".task-card .tab-content", "Forløpet følger reservasjonsretten");

            assertThat(browser.find(".task-card .tab-content").getText())
                    .doesNotContain("Har pasienten gitt skriftlig samtykke?", "Forløpet er samtykkebasert");
            browser.screenshot("tasklist-to-reservation");
        }

        String yesterday = LocalDate.now(RegistryClock.ZONE).minusDays(1).toString();
        Map<String, Object> submitted = new HashMap<>();
        Map.of("HenvistDato", yesterday, "StartdatoTO", yesterday, "Tilsett", "1", "InklKritOppf", "1")
                .forEach((key, value) -> submitted.put(key, Map.of("value", value)));
        as("lu.haukeland").post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", submitted))
                .expect(204);
        JsonNode finalised = course("lu.haukeland", course);
        assertThat(finalised.path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(finalised.path("consent").asBoolean()).isFalse();
    }

    private static List<String> tabs(RealBrowser browser) {
        return browser.findAll(".task-card .nav-tabs li a").stream().map(org.openqa.selenium.WebElement::getText)
                .toList();
    }
}
