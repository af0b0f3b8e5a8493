package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.RegistryClock;

/**
 * Issue 18, points 1, 3 and 9, on the clinician's form pages in Debian chromium as {@code lu.haukeland}. Each test
 * failed on the old main:
 * <ul>
 * <li>point 1: B1.1 rendered its two analgesics groups as unlabelled checkbox lists without the checkboxes' help
 * texts, and B2.2 had no "Tilsyn per yrkesgruppe" heading (there was no group element at all);</li>
 * <li>point 3: TO showed the consent questions with "Nei – ikke behov", B1.1 showed "Diagnosekategori – langvarig"
 * with "Akutt smerte", B2.2 showed all ten "Antall tilsyn av ..." fields (the page's script evaluated only
 * {@code Key = value}, not {@code or}, {@code and} or {@code not(...)});</li>
 * <li>point 9: TO of a course registered under the reservation right required the consent answer (finalising
 * without it said "ikke ferdigstilt") and its help said consent decides the registry.</li>
 * </ul>
 * Screenshots: {@code target/screenshots/forms-*.png}.
 */
class FormPagesBrowserIT extends IntegrationTest {

    private static final List<String> VISIT_COUNTS = List.of("AntTilsLege", "AntTilsSykPleier", "AntTilsFysioT",
            "AntTilsPsyk", "AntTilsSosio", "AntTilsKonfLege", "AntTilsRadBehandlerAST", "AntTilsAmbLege",
            "AntTilsAmbSpl", "AntTilsPrest");
    private static final String CONSENT_DECIDES = "har gitt skriftlig samtykke, går forløpet til det nasjonale";

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void b11ShowsItsGroupsWithTheirHeadingsAndEveryHelpText_andB22ItsVisitsGroup() throws Exception {
        long course = type3Course();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + course + "/skjema/B11");

            assertThat(browser.find("[data-component=Group_Analgetika4a] > legend").getText())
                    .isEqualTo("Analgetika før innleggelse");
            assertThat(browser.find("[data-component=Group_Analgetika4b] > legend").getText())
                    .isEqualTo("Analgetika ved første tilsyn");
            assertThat(browser.find("[data-component=Group_Analgetika4a] [data-component=Ingen4a]").getText())
                    .contains("Ingen", "Kryss av hvis pasienten ikke brukte analgetika før innleggelse.");
            assertThat(browser.find("[data-component=Group_Analgetika4b] [data-component=Ingen4b]").getText())
                    .contains("Ingen", "Kryss av hvis pasienten ikke brukte analgetika ved første tilsyn.");
            assertThat(browser.find("[data-component=Group_Analgetika4a]").getText()).as("first group")
                    .doesNotContain("ved første tilsyn");
            assertThat(browser.text()).contains("Behandlerdel 1.1", "Kryss av hvis pasienten har både akutt og "
                    + "langvarig smerte.");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.click("[data-component=Group_Analgetika4b] input[name=Ingen4b]");
            browser.screenshot("forms-b11-groups");

            browser.open("/forlop/" + course + "/skjema/B22");
            assertThat(browser.find("[data-component=Group_Yrkesgrupper] > legend").getText())
                    .isEqualTo("Tilsyn per yrkesgruppe");
            assertThat(browser.find("[data-component=Group_Yrkesgrupper]").getText())
                    .contains("Lege", "Kryss av hvis lege i smerteteamet har hatt tilsyn med pasienten.");
            browser.screenshot("forms-b22-group");
        }
    }

    @Test
    void questionsThatDoNotApplyAreHidden_toWithoutSupervision_b11AcutePain_b22ProfessionsTicked() throws Exception {
        long newCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long course = type3Course();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");

            browser.open("/forlop/" + newCourse + "/skjema/TO");
            browser.click("input[name=Tilsett][value='2']");
            for (String consent : List.of("InklKritOppf", "SkriftligSamtyk", "DatoSamtykke", "TypeManglSamt",
                    "alder")) {
                assertThat(shown(browser, consent)).as(consent + " with Tilsett: Nei – ikke behov").isFalse();
            }
            assertThat(browser.find("input[name=SkriftligSamtyk][value='1']").isEnabled()).isFalse();
            assertThat(browser.text()).doesNotContain("Har pasienten gitt skriftlig samtykke?");
            browser.screenshot("forms-to-not-seen");

            browser.click("input[name=Tilsett][value='1']");
            assertThat(shown(browser, "InklKritOppf")).isTrue();
            assertThat(shown(browser, "SkriftligSamtyk")).as("until the criteria are met").isFalse();
            browser.click("input[name=InklKritOppf][value='1']");
            assertThat(shown(browser, "SkriftligSamtyk")).isTrue();
            assertThat(shown(browser, "Text_Samtykkebasis")).as("a consent-based course").isTrue();
            assertThat(shown(browser, "Text_Reservasjonsbasis")).isFalse();
            browser.click("input[name=SkriftligSamtyk][value='0']");
            assertThat(shown(browser, "TypeManglSamt")).isTrue();
            assertThat(shown(browser, "DatoSamtykke")).isFalse();
            browser.click("input[name=SkriftligSamtyk][value='1']");
            assertThat(shown(browser, "DatoSamtykke")).isTrue();
            assertThat(shown(browser, "TypeManglSamt")).isFalse();
            browser.screenshot("forms-to-consent");

            browser.open("/forlop/" + course + "/skjema/B11");
            assertThat(shown(browser, "DiagKatAkutt")).as("nothing chosen").isFalse();
            browser.click("input[name=SmerteKat][value='1']");
            assertThat(shown(browser, "DiagKatLangvarig")).as("Diagnosekategori – langvarig with Akutt smerte")
                    .isFalse();
            assertThat(shown(browser, "DiagKatAkutt")).isTrue();
            browser.screenshot("forms-b11-acute");
            browser.click("input[name=SmerteKat][value='2']");
            assertThat(shown(browser, "DiagKatLangvarig")).isTrue();
            assertThat(shown(browser, "DiagKatAkutt")).isFalse();

            browser.open("/forlop/" + course + "/skjema/B22");
            for (String count : VISIT_COUNTS) {
                assertThat(shown(browser, count)).as(count + " before its profession is ticked").isFalse();
            }
            browser.click("input[name=Lege]");
            assertThat(shown(browser, "AntTilsLege")).isTrue();
            assertThat(VISIT_COUNTS.stream().filter(count -> shown(browser, count)))
                    .containsExactly("AntTilsLege");
            browser.type("#AntTilsLege", "2");
            browser.click("input[name=Psyk]");
            assertThat(shown(browser, "AntTilsPsyk")).isTrue();
            browser.screenshot("forms-b22-professions");
            browser.submitWith("button[value=save]");

            assertThat(browser.text()).contains("Lagret.");
            assertThat(browser.find("form#registry-form").getAttribute("data-conditions-state"))
                    .as("rendered by the server as the stored answers decide, no request needed").isEqualTo("current");
            assertThat(shown(browser, "AntTilsLege")).isTrue();
            assertThat(browser.find("#AntTilsLege").getAttribute("value")).isEqualTo("2");
            assertThat(shown(browser, "AntTilsSykPleier")).isFalse();
            browser.click("input[name=Lege]");
            assertThat(shown(browser, "AntTilsLege")).isFalse();
            assertThat(browser.find("#AntTilsLege").isEnabled()).as("a hidden answer is not sent").isFalse();
        }
    }

    @Test
    void toUnderTheReservationRightFinalisesWithoutConsent_andDoesNotSayConsentDecides() throws Exception {
        ClockUtil.setCurrentTime(oslo("2027-01-04T10:00"));
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        ClockUtil.reset();
        assertThat(course("lu.haukeland", course).path("legalBasis").asText()).isEqualTo("RESERVATION");
        String yesterday = LocalDate.now(RegistryClock.ZONE).minusDays(1).toString();

        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + course + "/skjema/TO");
            browser.setDate("#HenvistDato", yesterday);
            browser.setDate("#StartdatoTO", yesterday);
            browser.click("input[name=Tilsett][value='1']");
            browser.click("input[name=InklKritOppf][value='1']");

            assertThat(shown(browser, "SkriftligSamtyk")).as("no consent asked under the reservation right")
                    .isFalse();
            assertThat(shown(browser, "Text_Reservasjonsbasis")).isTrue();
            assertThat(browser.text()).contains("Forløpet følger reservasjonsretten")
                    .doesNotContain(CONSENT_DECIDES).doesNotContain("Har pasienten gitt skriftlig samtykke?");
            browser.screenshot("forms-to-reservation");
            browser.submitWith("button[value=finalise]");

            assertThat(browser.text()).contains("Skjemaet er ferdigstilt.", "Nasjonalt register");
            browser.screenshot("forms-to-reservation-finalised");
        }
        JsonNode finalised = course("lu.haukeland", course);
        assertThat(finalised.path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(finalised.path("consent").asBoolean()).isFalse();
    }

    /** Whether the component (an input's key, a text's or group's id) is on the page for a user to see. */
    private static boolean shown(RealBrowser browser, String component) {
        return browser.shown("[data-component='" + component + "']");
    }

    private long type3Course() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        return course;
    }
}
