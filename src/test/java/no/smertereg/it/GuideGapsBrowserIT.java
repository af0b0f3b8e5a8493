package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 point 6 (without "Registerfiler"), in Debian chromium as the user concerned: what the user guide
 * (seeds/000) describes and the registry lacked. Each test names what failed on the old main.
 */
class GuideGapsBrowserIT extends IntegrationTest {

    private static final String NEW_PASSWORD = "Smerte-Team-2026!";

    /**
     * "Min side" → "Bytt passord" at any time: the current password and the new one twice, errors at the field, the
     * change ends the user's other sessions and keeps this one; the new password logs in. Failed before: there was
     * no "Min side" (no header link, {@code /min-side} answered 404).
     */
    @Test
    void aLoggedInUserChangesThePasswordOnMinSide() throws Exception {
        String username = fresh("minside");
        insertUser(username, mobile(), false, "LU", HAUKELAND);
        SessionClient otherSession = new SessionClient(port, jdbc);
        assertThat(otherSession.loginAs(username, "demo")).endsWith("/");

        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, username, "demo");
            browser.click("#user-menu summary");
            browser.submitWith("#nav-my-page");
            assertThat(browser.text()).contains("Min side", "Haukeland universitetssjukehus", "Lokal bruker (LU)",
                    "Bytt passord", "Søk ny tilgang");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("my-page");

            changePassword(browser, "ikke-mitt-passord", NEW_PASSWORD, NEW_PASSWORD);
            assertThat(browser.find("#oldPassword").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#oldPassword-problem").getText()).isEqualTo("Nåværende passord stemmer ikke.");
            assertThat(jdbc.queryForObject("select failed_logins from app_user where username = ?", Integer.class,
                    username)).as("a wrong current password counts as at login").isEqualTo(1);

            changePassword(browser, "demo", NEW_PASSWORD, "Smerte-Team-2027!");
            assertThat(browser.find("#newPasswordAgain-problem").getText())
                    .isEqualTo("Skriv det samme nye passordet to ganger.");
            changePassword(browser, "demo", "kort", "kort");
            assertThat(browser.find("#newPassword-problem").getText()).contains("Passordet må ha minst 12 tegn.");
            browser.screenshot("my-page-password-refused");
            assertThat(otherSession.loginAs(username, "demo")).as("refused changes change nothing").endsWith("/");

            changePassword(browser, "demo", NEW_PASSWORD, NEW_PASSWORD);
            assertThat(browser.text()).contains("Passordet er endret.");
            assertThat(browser.url()).endsWith("/min-side");
            browser.screenshot("my-page-password-changed");
            browser.open("/arbeidsliste");
            assertThat(browser.text()).as("this session goes on").contains("Arbeidsliste");
        }
        HttpResponse<String> other = otherSession.get("/arbeidsliste", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElse("")).as("the other session has ended")
                .contains("/login");
        assertThat(new SessionClient(port, jdbc).loginAs(username, NEW_PASSWORD)).endsWith("/");
        assertThat(new SessionClient(port, jdbc).loginAs(username, "demo")).contains("/login?error");
    }

    /**
     * "Søk ny tilgang" from Min side with the account the user has: a second unit, approved by that unit's user
     * administrator; the next login offers both units with their roles, and Min side switches units without logging
     * out. Failed before: a logged-in user had no way to apply (only {@code /soknad} for a new username, refused
     * as taken) and the unit choice showed no roles.
     */
    @Test
    void aLoggedInUserAppliesForASecondUnit_andChoosesOrSwitchesUnitsAfterTheApproval() throws Exception {
        String username = fresh("nytilgang");
        insertUser(username, mobile(), false, "LU", HAUKELAND);
        try (RealBrowser browser = new RealBrowser(port, 1366, 1000)) {
            logIn(browser, username, "demo");
            browser.click("#user-menu summary");
            browser.submitWith("#nav-my-page");
            browser.submitWith("#apply-more");
            assertThat(browser.text()).contains("Søk ny tilgang", "Du søker som " + username + " (" + username + ")");
            assertThat(browser.shown("#username")).as("the account answers the username").isFalse();
            assertThat(browser.shown("#mobile")).isFalse();
            browser.type("#email", username + "@helse.invalid");
            browser.select("#position", "SYKEPLEIER");
            browser.select("#unitResh", AHUS);
            browser.select("#region", "HELSE_SOR_OST");
            browser.type("#clinic", "Kirurgisk klinikk");
            browser.type("#department", "Smerteteamet");
            browser.click("input[name=registry][value=smertereg]");
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("my-page-apply");
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).contains("Søknaden er sendt", "Logg så inn på nytt og velg enheten");

            browser.open("/min-side/ny-tilgang");
            browser.type("#email", username + "@helse.invalid");
            browser.select("#position", "SYKEPLEIER");
            browser.select("#unitResh", AHUS);
            browser.select("#region", "HELSE_SOR_OST");
            browser.type("#clinic", "Kirurgisk klinikk");
            browser.type("#department", "Smerteteamet");
            browser.click("input[name=registry][value=smertereg]");
            browser.submitWith("button[type=submit]");
            assertThat(browser.text()).as("the same application twice is refused")
                    .contains("Du har allerede en søknad om denne tilgangen som venter.");

            List<Long> ids = jdbc.queryForList("select id from access_application where username = ?", Long.class,
                    username);
            assertThat(ids).hasSize(1);
            long id = ids.get(0);
            as("lc.ahus").post("/api/access/applications/" + id + "/decision", Map.of("approve", true)).expect(200);
            assertThat(jdbc.queryForObject("select count(*) from user_role r join app_user u on u.id = r.user_id "
                    + "where u.username = ? and r.unit_resh = ? and r.role = 'LU'", Long.class, username, AHUS))
                    .as("the role is added to the account, no second account").isOne();
            assertThat(jdbc.queryForObject("select count(*) from app_user where username like ?", Long.class,
                    username + "%")).isOne();
            assertThat(jdbc.queryForObject("select body from notification_outbox where idempotency_key = ?",
                    String.class, "access-application-" + id + "-granted")).contains("Søknad " + id)
                    .doesNotContain(username);

            browser.open("/min-side");
            assertThat(browser.url()).as("a change of roles ends the session").contains("/login");
            logIn(browser, username, "demo");
            assertThat(browser.url()).endsWith("/login/enhet");
            assertThat(browser.text()).contains("Akershus universitetssykehus · Lokal bruker (LU)",
                    "Haukeland universitetssjukehus · Lokal bruker (LU)");
            browser.screenshot("login-unit-choice");
            browser.click("input[value='" + AHUS + "']");
            browser.submitWith("main button[type=submit]");

            long ahusCourse = newCourse("lu.ahus", AHUS).path("id").asLong();
            String ahusTasks = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + ahusCourse;
            browser.open(ahusTasks);
            assertThat(browser.text()).as("Tasklist in the Ahus session").contains("\"tenantId\":\"" + AHUS + "\"");
            browser.open("/min-side");
            assertThat(browser.find("#unit-" + AHUS).getText()).contains("Denne økten");
            browser.submitWith("#unit-" + HAUKELAND + " button.switch-unit");
            assertThat(browser.text()).contains("Du arbeider nå for den valgte enheten.");
            assertThat(browser.find("#unit-" + HAUKELAND).getText()).contains("Denne økten");
            browser.screenshot("my-page-unit-switched");
            browser.open(ahusTasks);
            assertThat(browser.text().strip()).as("Tasklist follows the switch to Haukeland").isEqualTo("[]");
            browser.open("/api/me");
            assertThat(browser.text()).as("the session holds Haukeland's roles only").contains(HAUKELAND)
                    .doesNotContain(AHUS);
        }
    }

    /**
     * The course's location (Lokasjon, B1.1 1a): chosen on the course page among the unit's active locations,
     * shown in the course head (also on B1.1) and on the worklist, exported as codebook Lokasjon. Failed before:
     * nothing let a clinician set it, the worklist showed "–" and the export had no Lokasjon column.
     */
    @Test
    void aClinicianSetsTheCoursesLocationOnTheCoursePage() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode location = activeLocation(HAUKELAND);
        String name = location.path("name").asText();
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/forlop/" + id);
            assertThat(browser.find("#course-location-name").getText()).isEqualTo("Lokasjon: –");
            browser.selectText("#locationId", name);
            browser.submitWith("#save-location");
            assertThat(browser.text()).contains("Lokasjonen er lagret.");
            assertThat(browser.find("#course-location-name").getText()).isEqualTo("Lokasjon: " + name);
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("course-location");
            browser.open("/forlop/" + id + "/skjema/B11");
            assertThat(browser.find("#course-location-name").getText()).isEqualTo("Lokasjon: " + name);
            browser.open("/arbeidsliste?size=500");
            assertThat(browser.find("#course-" + id + " td:nth-child(5)").getText()).isEqualTo(name);
            browser.screenshot("worklist-location");
        }
        assertThat(course("lu.haukeland", id).path("locationId").asLong()).isEqualTo(location.path("id").asLong());
        long version = course("lu.haukeland", id).path("version").asLong();
        JsonNode refused = as("lu.haukeland").put("/api/courses/" + id + "/location", Map.of("version", version,
                "locationId", activeLocation(AHUS).path("id").asLong())).expect(400).json();
        assertThat(refused.toString()).contains("locationId");
        assertThat(course("lu.haukeland", id).path("version").asLong()).as("a refused call changes nothing")
                .isEqualTo(version);

        long complete = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null).courseId();
        as("lu.haukeland").put("/api/courses/" + complete + "/location", Map.of("version", course("lu.haukeland",
                complete).path("version").asLong(), "locationId", location.path("id").asLong())).expect(200);
        CSVRecord row = exportRow("/rapporter/eksport?from=2026-11-01&to=2026-11-30", complete);
        assertThat(row.get("Lokasjon")).isEqualTo(location.path("id").asText());
    }

    /** SC's worklist names each course's hospital. Failed before: the national list had no hospital column. */
    @Test
    void theNationalCoordinatorsWorklistShowsEachCoursesHospital() throws Exception {
        long haukeland = nationalCourse("lu.haukeland", HAUKELAND);
        long ahus = nationalCourse("lu.ahus", AHUS);
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "sc", "demo");
            browser.open("/arbeidsliste?size=500&sort=startdate&direction=desc");
            assertThat(browser.find("table.worklist thead").getText()).contains("Sykehus");
            assertThat(browser.find("#course-" + haukeland + " .hospital").getText())
                    .isEqualTo("Haukeland universitetssjukehus");
            assertThat(browser.find("#course-" + ahus + " .hospital").getText())
                    .isEqualTo("Akershus universitetssykehus");
            browser.screenshot("worklist-sc-hospital");
        }
        try (RealBrowser browser = new RealBrowser(port, 1366, 900)) {
            logIn(browser, "lc.haukeland", "demo");
            browser.open("/arbeidsliste?size=50");
            assertThat(browser.shown(".hospital")).as("a unit's own list needs no hospital column").isFalse();
        }
    }

    /** SC's report filter names the hospitals. Failed before: every option was a bare RESH number. */
    @Test
    void theNationalCoordinatorsReportFilterNamesTheHospitals() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1366, 1200)) {
            logIn(browser, "sc", "demo");
            browser.open("/rapporter?from=2026-11-01&to=2026-11-30");
            List<String> options = Arrays.stream(browser.find("#enhet").getText().split("\n")).map(String::strip)
                    .toList();
            assertThat(options).contains("Alle sykehus", "Haukeland universitetssjukehus (RESH 100082)",
                    "Akershus universitetssykehus (RESH 100089)");
            assertThat(options).noneMatch(o -> o.matches("\\d+"));
            browser.select("#enhet", HAUKELAND);
            browser.submitWith("#report-show");
            assertThat(browser.find("#enhet option[selected]").getText().strip())
                    .isEqualTo("Haukeland universitetssjukehus (RESH 100082)");
            browser.screenshot("report-filter-sc");
        }
    }

    private static void changePassword(RealBrowser browser, String current, String password, String again) {
        browser.type("#oldPassword", current);
        browser.type("#newPassword", password);
        browser.type("#newPasswordAgain", again);
        browser.submitWith("#change-password");
    }

    private long nationalCourse(String username, String unit) {
        long id = newCourse(username, unit).path("id").asLong();
        finalise(username, id, "TO", toType3WithConsent());
        return id;
    }

    private JsonNode activeLocation(String unit) {
        for (JsonNode location : as("lu.haukeland").get("/api/units/" + unit).expect(200).json()
                .path("locations")) {
            if (location.path("active").asBoolean()) {
                return location;
            }
        }
        throw new AssertionError("unit " + unit + " has no active location");
    }

    private CSVRecord exportRow(String path, long courseId) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lu.haukeland:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/csv,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        String text = response.body().startsWith("\uFEFF") ? response.body().substring(1) : response.body();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text)).getRecords()) {
            if (row.get("ForlopsID").equals(String.valueOf(courseId))) {
                return row;
            }
        }
        throw new AssertionError("course " + courseId + " is not in the export");
    }

    private static String fresh(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000);
    }

    private static String mobile() {
        return "+4791" + String.format("%06d", System.nanoTime() % 1_000_000);
    }
}
