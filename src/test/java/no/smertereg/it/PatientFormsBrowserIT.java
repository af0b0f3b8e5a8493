package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pasientregistreringer (P11) in Debian chromium: the states, the gear menu's stop, and a paper Pasreg. */
class PatientFormsBrowserIT extends IntegrationTest {

    @Test
    void theClinicianStopsHadsAndEntersAPaperPasreg() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.submitWith("a[href='/pasientregistreringer']");
            assertThat(browser.find("#pager-status").getText()).startsWith("Viser 1–");
            browser.open("/pasientregistreringer?size=500");
            assertThat(browser.find("#pr-" + id).getText()).contains("Planlagt");
            browser.screenshot("patient-registrations");
            browser.submitWith("#pr-" + id + " a.btn");

            assertThat(browser.find("#pf-PASREG").getText()).contains("Planlagt", "16:30");
            browser.click("#pf-HADS summary");
            browser.selectText("#stop-HADS", "Pasient klarer ikke");
            browser.submitWith("#pf-HADS button.stop");
            assertThat(browser.text()).contains("Utsendingen er stoppet.");
            assertThat(browser.find("#pf-HADS .pf-state").getText()).isEqualTo("Lukket (Pasient klarer ikke)");

            browser.click("#pf-PASREG summary");
            browser.submitWith("#pf-PASREG a.paper");
            assertThat(browser.text()).contains("Papirskjema: Pasreg");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.click("input[name=PRSpm1][value='2']");
            browser.click("input[name=PRSpm2][value='3']");
            browser.type("#PRSpm3", "4");
            browser.click("input[name=PRSpm4][value='0']");
            browser.click("input[name=PRSpm5][value='3']");
            browser.click("input[name=PRSpm6][value='1']");
            browser.submitWith("main button[type=submit]");
            assertThat(browser.text()).contains("Papirsvarene er lagret.");
            assertThat(browser.find("#pf-PASREG .pf-state").getText()).startsWith("Ferdig utfylt og låst");
            browser.screenshot("patient-forms");
            assertThat(browser.unlabelledFields()).isEmpty();
        }
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'PASREG'",
                String.class, id)).isEqualTo("COMPLETED");
    }
}
