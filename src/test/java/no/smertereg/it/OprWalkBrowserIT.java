package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 20's walk in Debian chromium, at OUS's OPR clinic: the secretary books the referral with the treatment right
 * and opens the baseline at the clinic; the patient answers it on a tablet; the clinician registers the first
 * consultation (ICD-10, ICD-11 pain category) and saves the RF date in the treatment record, which plans the RF
 * follow-ups; the 3-month one is sent, and the patient opens it from the notice, answers it on the portal and finds
 * the rights page the notice links to.
 */
class OprWalkBrowserIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void referral_baseline_registration_rfDate_andTheThreeMonthFollowUpOnThePortal() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        String nationalId = nextAdultNationalId();
        long courseId;
        String code;
        try (RealBrowser secretary = new RealBrowser(port, 1280, 1000)) {
            logIn(secretary, "merkantil.4207789", "demo");
            secretary.submitWith("a[href='/registrering']");
            secretary.type("#nationalId", nationalId);
            secretary.submitWith("form[action='/registrering/sok'] button");
            secretary.submitWith("form[action='/registrering'] button");
            courseId = Long.parseLong(secretary.url().replaceAll(".*/forlop/(\\d+)/po.*", "$1"));
            secretary.submitWith("button[value=next]");
            secretary.type("#Epost", "opr-" + courseId + "@example.invalid");
            secretary.click("input[name=Varslingskanal][value=EPOST]");
            secretary.submitWith("button[value=next]");

            assertThat(secretary.text()).contains("Registrering");
            assertThat(secretary.findAll("#DiagnoseICD10")).as("no clinical question for the secretary").isEmpty();
            assertThat(secretary.findAll("button[value=finalise]")).isEmpty();
            assertThat(secretary.unlabelledFields()).isEmpty();
            secretary.setDate("#HenvisningsDato", today.minusDays(20).toString());
            secretary.setDate("#BehandlingsrettDato", today.minusDays(15).toString());
            secretary.select("#Behandlingsrettkategori", "2");
            secretary.setDate("#PlanlagtKonsultasjonsDato", today.plusDays(20).toString());
            secretary.submitWith("button[value=save]");
            assertThat(secretary.text()).contains("Lagret");

            secretary.open("/forlop/" + courseId + "/pasientskjema");
            assertThat(secretary.find("#pf-BASELINE").getText()).contains("Planlagt");
            secretary.click("#pf-BASELINE summary");
            secretary.submitWith("#pf-BASELINE button.at-clinic");
            code = secretary.find("#clinic-code .clinic-code").getText();
            secretary.screenshot("opr-secretary-baseline-code");
        }

        String birthDate = as("lu.4207789").get("/api/courses/" + courseId + "/personal-data").expect(200).json()
                .path("person").path("birthDate").asText();
        try (RealBrowser tablet = new RealBrowser(port, 800, 1100)) {
            openOnPortal(tablet, code, birthDate);
            assertThat(tablet.text()).contains("Spørreskjema fra OUS smerteregister").doesNotContain("SmerteReg");
            assertThat(tablet.findAll("input[name=SamtykkeOppfolging]"))
                    .as("no consent is asked under the consent exemption").allMatch(e -> !e.isDisplayed());
            tablet.click("input[name=Utdanning][value='3']");
            tablet.click("input[name=SosialeYtelser_4]");
            tablet.click("input[name=SmerteGjennomsnitt][value='6']");
            tablet.submitWith("button[value=submit]");
            assertThat(tablet.text()).contains("Takk for svarene dine").doesNotContain("SmerteReg");
        }

        try (RealBrowser clinician = new RealBrowser(port, 1280, 1000)) {
            logIn(clinician, "lu.4207789", "demo");
            assertThat(clinician.find(".navbar-brand").getText()).as("the session's registry").isEqualTo("OPR");
            clinician.submitWith("a[href='/registrering']");
            clinician.type("#nationalId", nationalId);
            clinician.submitWith("form[action='/registrering/sok'] button");
            clinician.submitWith("a[href='/forlop/" + courseId + "']");
            assertThat(clinician.find("#timeline-BASELINE").getText()).contains("Ferdig utfylt");

            clinician.submitWith("a[href='/forlop/" + courseId + "/skjema/REGISTRERING']");
            assertThat(clinician.find("#HenvisningsDato").getAttribute("value")).as("the secretary's booking")
                    .isEqualTo(today.minusDays(20).toString());
            clinician.setDate("#KonsultasjonsDato", today.toString());
            clinician.click("input[name=Konsultasjonstype][value='1']");
            clinician.type("#DiagnoseICD10", "M54.5");
            clinician.select("#SmertekategoriICD11", "MG30.0");
            clinician.type("#ProsedyrerNCMP", "ABC12");
            clinician.click("input[name=KognitivSvikt][value='0']");
            clinician.click("input[name=Tolkebehov][value='0']");
            clinician.click("input[name=Forskningsdeltaker][value='0']");
            assertThat(clinician.unlabelledFields()).isEmpty();
            clinician.submitWith("button[value=finalise]");
            assertThat(clinician.text()).contains("Skjemaet er ferdigstilt.");

            clinician.open("/forlop/" + courseId + "/skjema/BEHANDLING");
            clinician.setDate("#RfDato", today.toString());
            clinician.submitWith("button[value=save]");
            assertThat(clinician.text()).contains("Lagret");
            clinician.screenshot("opr-treatment-rf-date");

            clinician.open("/forlop/" + courseId + "/pasientskjema");
            assertThat(clinician.find("#pf-RF-3").getText()).contains("Planlagt",
                    today.plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            clinician.click("#pf-RF-3 summary");
            clinician.submitWith("#pf-RF-3 button.send");
            assertThat(clinician.find("#pf-RF-3").getText()).contains("Sendt");
        }

        String notice = jdbc.queryForObject("select body from notification_outbox where recipient = ? "
                + "order by id desc limit 1", String.class, "opr-" + courseId + "@example.invalid");
        Matcher sent = Pattern.compile("koden ([A-Z2-9]{8})").matcher(notice);
        assertThat(sent.find()).as(notice).isTrue();
        assertThat(notice).contains("OUS smerteregister", "/pasient/rettigheter").doesNotContain(nationalId);
        try (RealBrowser phone = new RealBrowser(port, 420, 900)) {
            openOnPortal(phone, sent.group(1), birthDate);
            assertThat(phone.text()).contains("Spørreskjema fra OUS smerteregister", "PGIC");
            assertThat(phone.shown("#SmerteGjennomsnitt, input[name=SmerteGjennomsnitt]"))
                    .as("the longer package only on request").isFalse();
            phone.click("input[name=PGIC][value='2']");
            phone.click("input[name=EQ5D_Smerte][value='3']");
            phone.click("input[name=LengrePakke][value='0']");
            phone.submitWith("button[value=submit]");
            assertThat(phone.text()).contains("Takk for svarene dine");
            phone.submitWith("#rights-link");
            assertThat(phone.find("#rights-opr").getText()).contains("smertebehandling@ous-hf.no");
            phone.screenshot("opr-patient-rights");
        }
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'RF-3'",
                String.class, courseId)).isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select registry_id from course where id = ?", String.class, courseId))
                .isEqualTo("opr");
    }

    private static void openOnPortal(RealBrowser browser, String code, String birthDate) {
        browser.open("/pasient");
        browser.type("#code", code);
        browser.setDate("#birthDate", birthDate);
        browser.submitWith("button[type=submit]");
    }
}
