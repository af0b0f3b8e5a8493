package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 point 7 ("ePROM actions") in Debian chromium, one test per part, each as the user concerned. Each checks
 * something the old main did not do; the test's javadoc says what failed there. Screenshots go to
 * {@code target/screenshots/eprom-*.png}.
 */
class EpromActionsBrowserIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;

    /**
     * LU stops every pending patient form of a course in one action, with one reason: Pasreg (sent), Eval and
     * Opioid (not ordered yet) are closed with reason 4 and the answered HADS stays answered. Old main: the page had
     * no "Stopp all utsending" ({@code #stop-all} missing), only a stop per form.
     */
    @Test
    void theClinicianStopsEveryPendingFormOfTheCourseInOneAction() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, "stopp-alle-side" + id + "@example.invalid");
        as("lu.haukeland").post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
        as("lu.haukeland").post(forms(id) + "/HADS/paper", hadsAnswers()).expect(200);

        try (RealBrowser browser = new RealBrowser(port, 1280, 1100)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + id + "/pasientskjema");
            assertThat(browser.find("#pf-PASREG .pf-state").getText()).isEqualTo("Sendt");
            assertThat(browser.find("#stop-all").getText()).contains("Stopp all utsending");
            browser.selectText("#stop-all-reason", "Pasient klarer ikke");
            browser.screenshot("eprom-stop-all-before");
            browser.submitWith("#stop-all-submit");

            assertThat(browser.text()).contains("Utsendingen er stoppet for alle ventende pasientskjema.");
            for (String form : List.of("PASREG", "EVAL", "OPIOID")) {
                assertThat(browser.find("#pf-" + form + " .pf-state").getText()).as(form)
                        .isEqualTo("Lukket (Pasient klarer ikke)");
            }
            assertThat(browser.find("#pf-HADS .pf-state").getText()).startsWith("Ferdig utfylt og låst");
            assertThat(browser.shown("#stop-all")).as("nothing left to stop").isFalse();
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("eprom-stop-all-done");
        }
        assertThat(jdbc.queryForList("select form_type || ':' || state || ':' || coalesce(reason_code, 0) from "
                + "patient_form where course_id = ? order by form_type", String.class, id)).containsExactly(
                "EVAL:CLOSED:4", "HADS:COMPLETED:0", "OPIOID:CLOSED:4", "PASREG:CLOSED:4");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(id)).count()).isZero();
    }

    /**
     * ADR 0016: "Fylles ut på klinikken" shows the code to hand the patient once, on the page and nowhere else; the
     * form is sent, not notified; a second click gives a new code.
     */
    @Test
    void theClinicianOpensAFormAtTheClinic_andSeesTheCodeForThePatient() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        try (RealBrowser browser = new RealBrowser(port, 1280, 1100)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + id + "/pasientskjema");
            browser.click("#pf-PASREG summary");
            browser.submitWith("#pf-PASREG button.at-clinic");

            String code = browser.find("#clinic-code .clinic-code").getText();
            assertThat(code).matches("[A-Z2-9]{8}");
            assertThat(browser.find("#clinic-code").getText()).contains("Engangskode for", "ingen varsel er sendt");
            assertThat(browser.find("#pf-PASREG .pf-state").getText()).isEqualTo("Sendt");
            browser.screenshot("eprom-at-clinic-code");

            browser.open("/forlop/" + id + "/pasientskjema");
            assertThat(browser.text()).as("the code is shown once").doesNotContain(code);
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key like ?",
                Long.class, "%" + runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                        .processInstanceBusinessKey(String.valueOf(id)).variableValueEquals("patientForm", "PASREG")
                        .singleResult().getId() + "%")).as("no notice").isZero();
    }

    /**
     * Every reason select on the patient-forms page starts on an empty "Velg årsak", so one click records nothing;
     * the server answers a stop without a reason 400 with the message at that select, and nothing changes. Old main:
     * the selects came preselected (stop on "Kritisk syk/død", "Besvar alle" on "Tidsmangel behandler"), and one
     * click on "Stopp utsending" stopped HADS with reason 3; a missing reason was a redirect (302).
     */
    @Test
    void noReasonIsPreselected_andAStopWithoutAReasonIsRefusedAtItsField() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        try (RealBrowser browser = new RealBrowser(port, 1280, 1100)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + id + "/pasientskjema");
            for (String select : List.of("#stop-PASREG", "#stop-HADS", "#stop-EVAL", "#stop-OPIOID",
                    "#stop-all-reason", "#close-reason")) {
                assertThat(browser.find(select).getDomProperty("value")).as(select).isEmpty();
                assertThat(new org.openqa.selenium.support.ui.Select(browser.find(select)).getFirstSelectedOption()
                        .getDomProperty("textContent")).as(select).isEqualTo("Velg årsak");
            }
            browser.click("#pf-HADS summary");
            browser.click("#pf-HADS button.stop");
            assertThat(browser.url()).as("the browser asks for a reason first").endsWith("/pasientskjema");
            assertThat(browser.find("#stop-HADS").getDomProperty("validationMessage")).isNotBlank();
            browser.screenshot("eprom-reason-not-chosen");
        }
        assertThat(jdbc.queryForObject("select count(*) from patient_form where course_id = ? and state = 'CLOSED'",
                Long.class, id)).as("one click recorded nothing").isZero();

        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs("lu.haukeland", "demo");
        HttpResponse<String> perForm = lu.post("/forlop/" + id + "/pasientskjema/HADS/stopp", Map.of());
        assertThat(perForm.statusCode()).isEqualTo(400);
        assertThat(perForm.body()).contains("id=\"stop-HADS-problem\"", "Velg en årsak for å stoppe utsendingen");
        HttpResponse<String> all = lu.post("/forlop/" + id + "/pasientskjema/stopp", Map.of("reason", ""));
        assertThat(all.statusCode()).isEqualTo(400);
        assertThat(all.body()).contains("id=\"stop-all-reason-problem\"");
        HttpResponse<String> close = lu.post("/forlop/" + id + "/pasientskjema/lukking", Map.of());
        assertThat(close.statusCode()).isEqualTo(400);
        assertThat(close.body()).contains("id=\"close-reason-problem\"", "Velg en årsak");
        assertThat(jdbc.queryForObject("select count(*) from patient_form where course_id = ? and state = 'CLOSED'",
                Long.class, id)).as("a refused call changes nothing").isZero();
    }

    /**
     * The oral reservation asks for a confirmation before it is sent, then says it is reported instead of offering
     * to send it again; the secretariat cannot open a second case for the patient either (409 at the patient field).
     * Old main: one click sent it (no confirmation box), every further click opened another case and mailed the
     * secretariat again, and the secretariat could log a second open case.
     */
    @Test
    void anOralReservationIsConfirmedFirst_andASecondOpenCaseIsRefused() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long pid = course("lu.haukeland", id).path("pid").asLong();

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + id);
            assertThat(browser.find("label[for=oral-reservation-confirm]").getText())
                    .isEqualTo("Jeg bekrefter at pasienten har reservert seg muntlig mot registeret");
            browser.click("#report-oral-reservation");
            assertThat(browser.url()).as("not sent before it is confirmed").endsWith("/forlop/" + id);
            assertThat(count(pid)).isZero();
            browser.click("#oral-reservation-confirm");
            browser.screenshot("eprom-oral-reservation-confirm");
            browser.submitWith("#report-oral-reservation");
            assertThat(browser.text()).contains("Sekretariatet har fått beskjed om reservasjonen");
            assertThat(browser.find("#oral-reservation-open").getText()).contains("Reservasjonen er meldt til "
                    + "sekretariatet (sak " + caseOf(pid));
            assertThat(browser.shown("#report-oral-reservation")).as("not offered twice").isFalse();
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("eprom-oral-reservation-reported");
        }

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "sekretariat", "demo");
            browser.open("/reservasjoner");
            assertThat(browser.find("#reservation-" + caseOf(pid)).getText()).contains(String.valueOf(pid),
                    "Muntlig til behandler");
            browser.type("#patient", String.valueOf(pid));
            browser.select("#channel", "PAPER");
            browser.setDate("#receivedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString());
            browser.submitWith("#log-reservation");
            assertThat(browser.find("#patient-problem").getText()).startsWith("Pasienten har allerede en åpen "
                    + "reservasjonssak (sak " + caseOf(pid));
            assertThat(browser.find("#patient").getDomAttribute("class")).contains("is-invalid");
            assertThat(browser.find("#patient").getDomProperty("value")).as("what was typed stays")
                    .isEqualTo(String.valueOf(pid));
            browser.screenshot("eprom-reservation-duplicate-refused");
        }
        assertThat(count(pid)).isEqualTo(1);

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        assertThat(clinician.post("/forlop/" + id + "/muntlig-reservasjon", Map.of("confirm", "true"))
                .statusCode()).as("a repeated POST (back button, second tab)").isEqualTo(409);
        assertThat(count(pid)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key like "
                + "'reservation-oral:%' and idempotency_key in (select 'reservation-oral:' || cast(id as varchar(20)) "
                + "from reservation where pid = ?)", Long.class, pid)).as("the secretariat is mailed once")
                .isEqualTo(1);
    }

    /**
     * Pasreg forms never sent (no phone or e-mail, nothing on paper in six days) show as "Låst, ikke sendt (Mangler
     * kontaktinformasjon)" on the patient-forms page, and LC's report counts them on their own, out of "Tilsendt"
     * and the response rate; the export has an empty completion flag and reason 8. Old main: "Låst, ikke besvart
     * (Ikke besvart ePROM)", counted as sent and unanswered with reason 7, flag 0 in the export. Five courses on a
     * day no other test uses, as the report shows a figure from five forms.
     */
    @Test
    void formsNeverSentForLackOfContactDetails_showAsNotSent_onThePageAndInTheReport() throws Exception {
        LocalDate day = LocalDate.of(2025, 2, 11);
        long id = 0;
        for (int i = 0; i < 5; i++) {
            id = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, day, 0, null).courseId();
            as("lu.haukeland").post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                    .processInstanceBusinessKey(String.valueOf(id)).variableValueEquals("patientForm", "PASREG")
                    .singleResult().getId();
            management.executeJob(management.createJobQuery().processInstanceId(instance)
                    .activityId("Timer_NoContactLock").singleResult().getId());
        }

        try (RealBrowser browser = new RealBrowser(port, 1400, 1800)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.open("/forlop/" + id + "/pasientskjema");
            assertThat(browser.find("#pf-PASREG .pf-state").getText())
                    .isEqualTo("Låst, ikke sendt (Mangler kontaktinformasjon)");
            browser.screenshot("eprom-not-sent-patient-forms");

            browser.open("/rapporter");
            browser.setDate("#from", day.toString());
            browser.setDate("#to", day.toString());
            browser.submitWith("#report-show");
            assertThat(browser.text()).contains("Ikke sendt (mangler kontaktinformasjon)");
            String pasreg = browser.find("#eprom-Pasreg").getText();
            assertThat(browser.find("#eprom-Pasreg .eprom-not-sent").getText()).isEqualTo("5");
            assertThat(browser.find("#eprom-Pasreg td").getText()).as("none of them is counted as sent")
                    .isEqualTo("–");
            assertThat(pasreg).doesNotContain("Ikke besvart ePROM");
            browser.click("#eprom-Pasreg th");
            browser.screenshot("eprom-not-sent-report");
        }

        SessionClient coordinator = new SessionClient(port, jdbc);
        coordinator.loginAs("lc.haukeland", "demo");
        HttpResponse<String> csv = coordinator.get("/rapporter/eksport?from=" + day + "&to=" + day);
        assertThat(csv.statusCode()).isEqualTo(200);
        List<Map<String, String>> rows = rows(csv.body());
        assertThat(rows).hasSize(5).allSatisfy(row -> {
            assertThat(row.get("PasDelUfylPR")).as("the codebook's 'not sent': an empty completion flag").isEmpty();
            assertThat(row.get("GrManglUtfylPR")).isEqualTo("8");
        });
    }

    private static List<Map<String, String>> rows(String csv) {
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        List<String> names = Arrays.stream(lines[0].split(";", -1)).map(EpromActionsBrowserIT::unquote).toList();
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (int line = 1; line < lines.length; line++) {
            String[] values = lines[line].split(";", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                row.put(names.get(i), unquote(values[i]));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private long count(long pid) {
        return jdbc.queryForObject("select count(*) from reservation where pid = ?", Long.class, pid);
    }

    private long caseOf(long pid) {
        return jdbc.queryForObject("select id from reservation where pid = ? and state = 'RECEIVED'", Long.class,
                pid);
    }

    private static Map<String, Object> hadsAnswers() {
        Map<String, Object> hads = new HashMap<>();
        for (int item = 1; item <= 14; item++) {
            hads.put("HADSSpm" + item, "1");
        }
        return hads;
    }

    private static String forms(long courseId) {
        return "/api/courses/" + courseId + "/patient-forms";
    }
}
