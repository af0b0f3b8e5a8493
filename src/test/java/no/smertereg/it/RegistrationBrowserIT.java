package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seed guide's registration chapter in Debian chromium at 1280 px: Ny registrering, PO with the warning and
 * "Godta", TO as type 3 with consent (first with a missing field), B1.1 finalised and its worklist icon, and an
 * LC who unlocks TO with a reason.
 */
class RegistrationBrowserIT extends IntegrationTest {

    @Test
    void aClinicianRegistersAPatientAndFinalisesToAndB11_andTheCoordinatorUnlocksTo() throws Exception {
        String nationalId = nextSyntheticNationalId();
        long courseId;
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.submitWith("a[href='/registrering']");
            browser.type("#nationalId", nationalId);
            browser.submitWith("form[action='/registrering/sok'] button");
            assertThat(browser.text()).contains("Ny pasient", "fra folkeregisteret");
            browser.screenshot("registration");
            browser.submitWith("form[action='/registrering'] button");

            assertThat(browser.text()).contains("Personopplysninger (PO)");
            courseId = Long.parseLong(browser.url().replaceAll(".*/forlop/(\\d+)/po.*", "$1"));
            browser.submitWith("button[value=next]");
            assertThat(browser.text()).contains("Telefon og e-post mangler");
            assertThat(browser.find("button[value=next]").getText()).isEqualTo("Godta og gå videre");
            browser.screenshot("po-missing-contact");
            browser.submitWith("button[value=next]");

            assertThat(browser.text()).contains("Tilleggsopplysninger (TO)", "Henvisningsdato");
            browser.setDate("#HenvistDato", "2026-11-16");
            browser.click("input[name=Tilsett][value='1']");
            browser.click("input[name=InklKritOppf][value='1']");
            browser.click("input[name=SkriftligSamtyk][value='1']");
            browser.setDate("#DatoSamtykke", "2026-11-17");
            browser.submitWith("button[value=finalise]");
            assertThat(browser.text()).contains("Skjemaet er ikke ferdigstilt");
            assertThat(browser.find("#StartdatoTO").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("input[name=Tilsett][value='1']").isSelected()).as("answers kept").isTrue();
            browser.screenshot("to-missing-field");
            browser.setDate("#StartdatoTO", "2026-11-16");
            browser.submitWith("button[value=finalise]");

            assertThat(browser.text()).contains("Skjemaet er ferdigstilt.", "Nasjonalt register");
            assertThat(browser.find("#state-TO").getText()).contains("Ferdigstilt");
            assertThat(browser.find("#state-B11").getText()).contains("Ny tom registrering");
            browser.screenshot("course");

            browser.submitWith("a[href='/forlop/" + courseId + "/skjema/B11']");
            browser.click("input[name=SmerteKat][value='2']");
            browser.click("input[name=DiagKatLangvarig][value='4']");
            browser.click("input[name=Opioid4a]");
            browser.click("input[name=TidligereRus][value='0']");
            browser.click("input[name=PaagaaRus][value='0']");
            browser.click("input[name=LAR][value='0']");
            browser.submitWith("button[value=finalise]");
            assertThat(browser.find("#state-B11").getText()).contains("Ferdigstilt");

            browser.open("/arbeidsliste");
            assertThat(browser.find("#course-" + courseId + " [aria-label='B1.1: Ferdigstilt']").getText())
                    .isEqualTo("●");
        }

        try (RealBrowser coordinator = new RealBrowser(port, 1280, 1000)) {
            logIn(coordinator, "lc.haukeland", "demo");
            coordinator.open("/forlop/" + courseId + "/skjema/TO");
            assertThat(coordinator.find("#registry-form fieldset").getAttribute("disabled")).isNotNull();
            coordinator.type("#reason", "Feil henvisningsdato");
            coordinator.submitWith("form[action$='/opplasing'] button");
            assertThat(coordinator.text()).contains("Skjemaet er låst opp for retting.", "åpnet for retting");
            assertThat(coordinator.find("#registry-form fieldset").getAttribute("disabled")).isNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from form_event where action = 'UNLOCKED' and reason = ?",
                Integer.class, "Feil henvisningsdato")).isOne();
    }
}
