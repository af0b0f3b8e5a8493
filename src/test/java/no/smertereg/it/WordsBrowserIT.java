package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 8 ("Words") in Debian chromium, as the users who read them. What failed on the old main: the header
 * said "LC 100082 · USER_ADMIN 100082" and "SECRETARIAT 0", the user page's role column "LC, USER_ADMIN" under
 * "Brukere i enhet 100082", the unit choice named no role; the audit page showed "WORKLIST_READ" and a text field
 * for the action code; a request without a required field answered "Ugyldig verdi: must not be null."; a course id
 * read "Forløpet 99 999"; {@code /pasientrettigheter} sent the secretariat to docs/patient-rights.md.
 */
class WordsBrowserIT extends IntegrationTest {

    @Test
    void rolesAndUnitsAreShownByTheirNames() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.click("#user-menu summary");
            assertThat(browser.find("#user-roles").getText())
                    .isEqualTo("Lokal koordinator (LC), Brukeradministrator · Haukeland universitetssjukehus");
            assertThat(browser.find("#registry-header").getText()).doesNotContain("USER_ADMIN", "100082");
            browser.screenshot("words-header-lc");

            browser.open("/brukere");
            assertThat(browser.text()).contains("Brukere i enhet Haukeland universitetssjukehus")
                    .doesNotContain("USER_ADMIN", "enhet 100082");
            assertThat(browser.find("#user-lu\\.haukeland td:nth-child(2)").getText()).isEqualTo("Lokal bruker (LU)");
            assertThat(browser.find("#user-lc\\.haukeland td:nth-child(2)").getText())
                    .isEqualTo("Lokal koordinator (LC), Brukeradministrator");
            browser.screenshot("words-users");
        }
        for (Map.Entry<String, String> user : Map.of("sekretariat", "Registersekretariat · SmerteReg nasjonalt",
                "rapport.haukeland", "Rapportleser (Rapporteket) · Haukeland universitetssjukehus",
                "admin", "Systemforvalter · SmerteReg nasjonalt").entrySet()) {
            try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
                logIn(browser, user.getKey(), "demo");
                assertThat(browser.find("#start-roles").getText()).as(user.getKey() + "'s start page")
                        .isEqualTo(user.getValue());
                browser.click("#user-menu summary");
                assertThat(browser.find("#user-roles").getText()).isEqualTo(user.getValue());
                assertThat(browser.find("#registry-header").getText()).doesNotContain("SECRETARIAT", "REPORT_READER",
                        "SYSTEM_MANAGER", " 0");
            }
        }

        insertUser("ord.toenheter", "+47 400 98 181", false, "LC", HAUKELAND, AHUS);
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "ord.toenheter", "demo");
            assertThat(browser.url()).endsWith("/login/enhet");
            assertThat(browser.find("form").getText()).contains(
                    "Akershus universitetssykehus · Lokal koordinator (LC)",
                    "Haukeland universitetssjukehus · Lokal koordinator (LC)").doesNotContain("100082", "100089");
            browser.screenshot("words-unit-choice");
        }
    }

    @Test
    void theAuditLogNamesItsActionsInNorwegian() throws Exception {
        newCourse("lu.haukeland", HAUKELAND);
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.open("/arbeidsliste");
            browser.open("/revisjon");
            browser.selectText("#action", "Så arbeidslisten");
            browser.submitWith("#audit-search");
            List<String> actions = browser.find("#audit-rows tbody").findElements(
                    org.openqa.selenium.By.cssSelector("td:nth-child(6)")).stream()
                    .map(org.openqa.selenium.WebElement::getText).distinct().toList();
            assertThat(actions).containsExactly("Så arbeidslisten");
            String firstRow = browser.find("#audit-rows tbody tr").getText();
            assertThat(firstRow).contains("lc.haukeland", "Haukeland universitetssjukehus",
                    "Lokal koordinator (LC), Brukeradministrator");
            assertThat(browser.text()).doesNotContain("WORKLIST_READ", "USER_ADMIN");
            browser.screenshot("words-audit");
        }
        Properties bokmaal = messages("messages.properties");
        Properties english = messages("messages_en.properties");
        List<String> written = jdbc.queryForList("select distinct action from audit_event", String.class);
        assertThat(written).as("what this run's tests wrote").contains("WORKLIST_READ");
        for (String action : written) {
            assertThat(bokmaal).as("bokmål label of " + action).containsKey("audit.action." + action);
            assertThat(english).as("English label of " + action).containsKey("audit.action." + action);
        }
    }

    @Test
    void badInputIsRefusedInNorwegianNamingTheField() throws Exception {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/swagger-ui/index.html");
            String missing = send(browser, "POST", "/api/courses", "{\"nationalId\": \"" + nextSyntheticNationalId()
                    + "\"}");
            assertThat(missing).startsWith("400 ").contains("\"field\":\"departmentId\"", "\"message\":\"departmentId: må fylles ut.\"")
                    .doesNotContain("must not", "Ugyldig verdi");
            String tooShort = send(browser, "POST", "/api/courses/" + course + "/forms/TO/unlock",
                    "{\"version\": 0, \"reason\": \"ab\"}");
            assertThat(tooShort).startsWith("400 ").contains("\"field\":\"reason\"", "reason: må ha fra 3 til 500 tegn.")
                    .doesNotContain("size must be");
        }
    }

    @Test
    void idsAreShownAsPlainDigits() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/99999/pasientskjema");
            assertThat(browser.text()).contains("Forløpet 99999 finnes ikke").doesNotContain("99 999", "99\u00a0999");
            browser.screenshot("words-plain-id");
        }
    }

    @Test
    void thePatientRightsPageExplainsTheWorkItself() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1366, 1100)) {
            logIn(browser, "sekretariat", "demo");
            browser.open("/pasientrettigheter");
            assertThat(browser.text()).doesNotContain("docs/", ".md").contains("Slik behandler du en henvendelse",
                    "Innsyn: last ned PDF-en", "Retting: be enheten", "Sletting: under reservasjonsretten",
                    "Avslutt med hva som ble gjort");
            browser.screenshot("words-patient-rights");
        }
    }

    /** The request Swagger UI sends for the logged-in user (the session and its CSRF header); the answer's body. */
    private static String send(RealBrowser browser, String method, String path, String json) {
        return (String) browser.execute("""
                const token = document.cookie.split('; ').find(c => c.startsWith('REGISTRY-XSRF-TOKEN='));
                const headers = {'Accept': 'application/json', 'Content-Type': 'application/json'};
                if (token) { headers['X-REGISTRY-XSRF-TOKEN'] = decodeURIComponent(token.split('=')[1]); }
                return fetch(arguments[1], {method: arguments[0], headers, credentials: 'same-origin',
                    body: arguments[2]}).then(r => r.text().then(t => r.status + ' ' + t));""",
                method, path, json);
    }

    private static Properties messages(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordsBrowserIT.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
