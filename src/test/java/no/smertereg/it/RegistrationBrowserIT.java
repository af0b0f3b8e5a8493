package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.notification.MailRelay;

/**
 * Issue 5's "Done when": the seed guide's registration chapter in Debian chromium at 1280 px: Ny registrering, PO
 * with the missing-contact warning, TO as type 3 with consent (first with a missing field), B1.1 and its worklist
 * icon, B1.2 to B2.2 to a finalised course, Eval sent and answered by the patient on a phone from the e-mail the
 * SMTP server caught, and an LC who unlocks TO with a reason.
 */
class RegistrationBrowserIT extends IntegrationTest {

    @Autowired
    MailRelay relay;

    @Test
    void aClinicianRegistersAPatientAndFinalisesToAndB11_andTheCoordinatorUnlocksTo() throws Exception {
        String nationalId = nextSyntheticNationalId();
        String address = "pasient-" + nationalId + "@example.invalid";
        long courseId;
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.submitWith("a[href='/registrering']");
            browser.type("#nationalId", nationalId);
            browser.submitWith("form[action='/registrering/sok'] button");
            assertThat(browser.text()).contains("Ny pasient", "fra folkeregisteret");
            browser.screenshot("registration");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.submitWith("form[action='/registrering'] button");

            assertThat(browser.text()).contains("Personopplysninger (PO)");
            courseId = Long.parseLong(browser.url().replaceAll(".*/forlop/(\\d+)/po.*", "$1"));
            browser.submitWith("button[value=next]");
            assertThat(browser.text()).contains("Telefon og e-post mangler");
            assertThat(browser.find("button[value=next]").getText()).isEqualTo("Godta og gå videre");
            browser.screenshot("po-missing-contact");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.type("#Epost", address);
            browser.click("input[name=Varslingskanal][value=EPOST]");
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
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.setDate("#StartdatoTO", "2026-11-16");
            browser.submitWith("button[value=finalise]");

            assertThat(browser.text()).contains("Skjemaet er ferdigstilt.", "Nasjonalt register");
            assertThat(browser.find("#state-TO").getText()).contains("Ferdigstilt");
            assertThat(browser.find("#state-B11").getText()).contains("Ny tom registrering");
            assertThat(browser.text()).contains("Pasientskjema (ePROM)");
            assertThat(browser.find("#timeline-PASREG").getText()).as("the 16:30 send on the course's timeline")
                    .contains("Planlagt", "16:30");
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

            browser.open("/arbeidsliste?size=500");
            assertThat(browser.find("#course-" + courseId + " [aria-label='B1.1: Ferdigstilt']").getText())
                    .isEqualTo("●");

            browser.open("/forlop/" + courseId + "/skjema/B12");
            browser.click("input[name=AngiNRS12][value='0']");
            browser.click("input[name=Funksjon12][value='4']");
            browser.submitWith("button[value=finalise]");
            browser.open("/forlop/" + courseId + "/skjema/B21");
            browser.click("input[name=AngiNRS21][value='0']");
            browser.click("input[name=Funksjon21][value='4']");
            browser.submitWith("button[value=finalise]");
            browser.open("/forlop/" + courseId + "/skjema/B22");
            browser.setDate("#SluttDato", "2026-11-20");
            browser.click("input[name=Lege]");
            browser.type("#AntTilsLege", "2");
            browser.click("input[name=SykPleier]");
            browser.type("#AntTilsSykPleier", "3");
            browser.type("#AntPasTils", "4");
            browser.click("input[name=IkkeMedBeh][value='1']");
            browser.click("input[name=PSBeh][value='1']");
            browser.click("input[name=VidereOppf][value='1']");
            browser.click("input[name=BehNedtrappAvsluttTils][value='1']");
            browser.click("input[name=Journalnotat]");
            browser.click("input[name=OppfSmeKl][value='0']");
            assertThat(browser.unlabelledFields()).as("B2.2").isEmpty();
            browser.submitWith("button[value=finalise]");
            for (String form : new String[] {"TO", "B11", "B12", "B21", "B22"}) {
                assertThat(browser.find("#state-" + form).getText()).as(form).contains("Ferdigstilt");
            }

            browser.open("/forlop/" + courseId + "/pasientskjema");
            browser.click("#pf-EVAL summary");
            browser.submitWith("#pf-EVAL button.send");
            assertThat(browser.text()).contains("Skjemaet er sendt.");
        }

        relay.relay();
        Matcher notice = Pattern.compile("(http\\S+) og skriv inn koden ([A-Z2-9]{8})").matcher(
                MailTestServer.receivedBy(address).get(0).getContent().toString());
        assertThat(notice.find()).isTrue();
        String birthDate = as("lu.haukeland").get("/api/courses/" + courseId + "/personal-data").json()
                .path("person").path("birthDate").asText();
        try (RealBrowser phone = new RealBrowser(port, 375, 740)) {
            phone.open(URI.create(notice.group(1)).getPath());
            phone.type("#code", notice.group(2));
            phone.setDate("#birthDate", birthDate);
            phone.submitWith("button[type=submit]");
            phone.click("input[name=HuskerSmerteteam][value='1']");
            for (int question = 1; question <= 11; question++) {
                phone.click("input[name=EvalSpm" + question + "][value='9']");
            }
            phone.submitWith("button[value=submit]");
            assertThat(phone.text()).contains("Takk for svarene dine");
        }
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'EVAL'",
                String.class, courseId)).isEqualTo("COMPLETED");

        try (RealBrowser coordinator = new RealBrowser(port, 1280, 1000)) {
            logIn(coordinator, "lc.haukeland", "demo");
            coordinator.open("/forlop/" + courseId + "/skjema/TO");
            assertThat(coordinator.find("#registry-form fieldset").getAttribute("disabled")).isNotNull();
            coordinator.type("#reason", "Feil henvisningsdato");
            coordinator.submitWith("button[formaction$='/opplasing']");
            assertThat(coordinator.text()).contains("Skjemaet er låst opp for retting.", "åpnet for retting");
            assertThat(coordinator.find("#registry-form fieldset").getAttribute("disabled")).isNull();
        }
        assertThat(jdbc.queryForObject("select count(*) from form_event where action = 'UNLOCKED' and reason = ?",
                Integer.class, "Feil henvisningsdato")).isOne();
    }
}
