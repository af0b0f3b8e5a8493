package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 4's walk-through in Debian chromium: a new user applies on the page, the unit's user administrator
 * approves on the user administration page, the new user logs in with the SMS password and code, changes the password and lands in the unit.
 */
class AccessApplicationBrowserIT extends IntegrationTest {

    @Test
    void aNewUserAppliesOnThePage_isApproved_andLogsInWithTheSmsCodeAndANewPassword() throws Exception {
        String username = "nettleser" + (System.nanoTime() % 1_000_000);
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            browser.open("/login");
            browser.submitWith("a[href='/soknad']");
            assertThat(browser.text()).contains("Søk om tilgang til SmerteReg");
            browser.type("#username", username);
            browser.type("#fullName", "Nettleser Testbruker");
            browser.type("#mobile", "+47 93 " + username.substring(9));
            browser.type("#email", "ikke en adresse");
            browser.select("#position", "SYKEPLEIER");
            browser.select("#unitResh", HAUKELAND);
            browser.select("#region", "HELSE_VEST");
            browser.type("#clinic", "Kirurgisk klinikk");
            browser.type("#department", "Smerteteamet");
            browser.click("input[name=registry][value=smertereg]");
            browser.screenshot("access-application");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.submitWith("button[type=submit]");

            assertThat(browser.text()).contains("Søknaden er ikke sendt", "Oppgi en gyldig e-postadresse på jobb");
            assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#username").getAttribute("value")).as("what was typed stays")
                    .isEqualTo(username);
            browser.type("#email", username + "@helse-bergen.invalid");
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).contains("Søknaden er sendt",
                    "Brukeradministratoren for enheten avgjør søknaden");
        }

        long id = jdbc.queryForObject("select id from access_application where username = ?", Long.class, username);
        try (RealBrowser administrator = new RealBrowser(port, 1280, 1000)) {
            logIn(administrator, "lc.haukeland", "demo");
            administrator.submitWith("a[href='/brukere']");
            assertThat(administrator.find("#application-" + id).getText()).contains("Nettleser Testbruker",
                    username, "Sykepleier");
            administrator.screenshot("user-administration");
            assertThat(administrator.unlabelledFields()).isEmpty();
            administrator.submitWith("#application-" + id + " button.btn-success");
            assertThat(administrator.text()).contains("Søknaden er godkjent");
            assertThat(administrator.find("#user-" + username).getText()).contains("LU", "aldri");
        }
        Matcher password = Pattern.compile("Startpassord: (\\S+) ").matcher(jdbc.queryForObject(
                "select body from notification_outbox where idempotency_key = ?", String.class,
                "access-application-" + id + "-password"));
        assertThat(password.find()).isTrue();

        try (RealBrowser browser = new RealBrowser(port, 1280, 900)) {
            browser.open("/login");
            browser.type("#username", username);
            browser.type("#password", password.group(1));
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).contains("Engangskode");
            browser.type("#code", new SessionClient(port, jdbc).latestCode(username));
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).contains("Bytt passord");
            browser.type("#oldPassword", password.group(1));
            browser.type("#newPassword", "Smerte-Team-2026!");
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).contains("Arbeidsliste", "Nettleser Testbruker", "HUS");
            browser.click("#user-menu summary");
            assertThat(browser.find("#user-roles").getText()).contains("Lokal bruker (LU)", "Haukeland universitetssjukehus");
            browser.screenshot("access-first-login");
            browser.open("/camunda/app/cockpit/default/");
            assertThat(browser.text()).as("Cockpit refuses an LU").contains("403");
        }
    }
}
