package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Issue 18, points 2 and 4, as a clinician (lu.haukeland) in Debian chromium on B2.2: no button of the form page
 * loses what was typed, "Total tid (timer)" takes one decimal, a draft with one bad field keeps the others and names
 * it, and a form changed by someone else meanwhile says who and offers the current version.
 */
class FormAnswersKeptBrowserIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Point 2: the end date and the counts typed in B2.2, then a comment and "Lagre kommentar": after a reload the
     * answers are on the page and stored, with the comment; leaving ("Til forløpet") asks first while they are
     * unsaved. Before, the comment button posted the comment alone and the answers were gone, and nothing asked.
     */
    @Test
    void savingTheCommentKeepsTheAnswersTyped() throws Exception {
        long id = nationalCourse();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open(b22(id));
            browser.setDate("#SluttDato", "2026-11-20");
            browser.click("input[name=Lege]");
            browser.type("#AntTilsLege", "2");
            browser.type("#AntPasTils", "4");
            browser.type("#comment", "Ring fastlegen før utskriving");
            assertThat(browser.asksBeforeLeaving()).as("'Til forløpet' asks before leaving unsaved answers").isTrue();
            browser.submitWith("#comment ~ button");
            assertThat(browser.text()).contains("Kommentaren er lagret.");

            assertThat(browser.asksBeforeLeaving()).as("all saved").isFalse();
            browser.open(b22(id));
            assertThat(browser.find("#SluttDato").getAttribute("value")).isEqualTo("2026-11-20");
            assertThat(browser.find("input[name=Lege]").isSelected()).isTrue();
            assertThat(browser.find("#AntTilsLege").getAttribute("value")).isEqualTo("2");
            assertThat(browser.find("#AntPasTils").getAttribute("value")).isEqualTo("4");
            assertThat(browser.find("#comment").getAttribute("value")).isEqualTo("Ring fastlegen før utskriving");
            browser.screenshot("issue18-b22-comment-keeps-answers");
        }
        JsonNode stored = b22Form(id);
        assertThat(stored.path("answers").path("SluttDato").asText()).isEqualTo("2026-11-20");
        assertThat(stored.path("answers").path("AntTilsLege").asInt()).isEqualTo(2);
        assertThat(stored.path("answers").path("AntPasTils").asInt()).isEqualTo(4);
        assertThat(stored.path("internalComment").asText()).isEqualTo("Ring fastlegen før utskriving");
    }

    /**
     * Point 4: "Total tid brukt (timer)" says one decimal and takes 2.5. Before, the number input had no step, so
     * the browser refused 2.5 and "Lagre" did nothing.
     */
    @Test
    void totalTimeTakesOneDecimal() throws Exception {
        long id = nationalCourse();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open(b22(id));
            browser.type("#TotTid", "2.5");
            browser.submitWith("button[value=save]");
            assertThat(browser.text()).contains("Lagret.");
            assertThat(browser.find("#TotTid").getAttribute("value")).isEqualTo("2.5");
            browser.screenshot("issue18-b22-total-time-decimal");
        }
        assertThat(b22Form(id).path("answers").path("TotTid").decimalValue()).isEqualByComparingTo("2.5");
    }

    /**
     * Point 4: a draft with one bad field ("Total tid" 600, above 500) keeps the other answers, names the bad field
     * at the field with the value still typed in it, and does not say "ikke ferdigstilt". Before, nothing was saved
     * and the page said "Skjemaet er ikke ferdigstilt".
     */
    @Test
    void aDraftWithOneBadFieldKeepsTheOthers_andNamesTheBadOne() throws Exception {
        long id = nationalCourse();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open(b22(id));
            browser.setDate("#SluttDato", "2026-11-20");
            browser.type("#AntPasTils", "4");
            browser.type("#TotTid", "600");
            browser.submitWith("button[value=save]");

            assertThat(browser.text()).contains("Utkastet er lagret, men 1 felt er ikke lagret",
                    "Total tid brukt (timer): må være mellom 1 og 500.").doesNotContain("ikke ferdigstilt");
            assertThat(browser.find("#TotTid").getAttribute("value")).isEqualTo("600");
            assertThat(browser.find("#TotTid").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#TotTid-error").getText()).contains("Total tid brukt (timer)");
            assertThat(browser.find("#AntPasTils").getAttribute("value")).isEqualTo("4");
            browser.click("#TotTid");
            browser.screenshot("issue18-b22-draft-bad-field");
        }
        JsonNode answers = b22Form(id).path("answers");
        assertThat(answers.path("SluttDato").asText()).isEqualTo("2026-11-20");
        assertThat(answers.path("AntPasTils").asInt()).isEqualTo(4);
        assertThat(answers.has("TotTid")).isFalse();
    }

    /**
     * Point 4: while the clinician types in B2.2, the coordinator saves it in another session. "Lagre" then says who
     * changed the form and when, offers the current version, and the typed answers are still on the page; the
     * coordinator's answer is not overwritten. Before, the page said "gjeldende versjon 1, du sendte 0".
     */
    @Test
    void aConflictNamesWhoChangedTheForm_keepsTheTypedAnswers_andOffersTheCurrentVersion() throws Exception {
        long id = nationalCourse();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open(b22(id));
            browser.setDate("#SluttDato", "2026-11-20");
            browser.type("#AntPasTils", "4");
            as("lc.haukeland").put("/api/courses/" + id + "/forms/B22/draft", Map.of("version",
                    b22Form(id).path("version").asLong(), "answers", Map.of("AntPasTils", 7))).expect(200);

            browser.submitWith("button[value=save]");
            assertThat(browser.text()).contains("Skjemaet ble endret av lc.haukeland")
                    .doesNotContain("du sendte");
            assertThat(browser.asksBeforeLeaving()).as("the typed answers are not saved").isTrue();
            assertThat(browser.find("#AntPasTils").getAttribute("value")).isEqualTo("4");
            assertThat(browser.find("#SluttDato").getAttribute("value")).isEqualTo("2026-11-20");
            assertThat(browser.find("#reload-form").getAttribute("href")).endsWith(b22(id));
            browser.screenshot("issue18-b22-conflict");

            browser.submitWith("#reload-form");
            assertThat(browser.find("#AntPasTils").getAttribute("value")).isEqualTo("7");
        }
        assertThat(b22Form(id).path("answers").path("AntPasTils").asInt()).isEqualTo(7);
    }

    /** Point 4 in the API: a stale version is 409 naming the field {@code version}, who changed the form and when. */
    @Test
    void theApisConflictNamesTheVersionField_andWhoChangedTheForm() {
        long id = nationalCourse();
        long read = b22Form(id).path("version").asLong();
        as("lc.haukeland").put("/api/courses/" + id + "/forms/B22/draft", Map.of("version", read, "answers",
                Map.of("AntPasTils", 7))).expect(200);

        JsonNode conflict = as("lu.haukeland").put("/api/courses/" + id + "/forms/B22/draft", Map.of("version", read,
                "answers", Map.of("AntPasTils", 4))).expect(409).json();

        assertThat(conflict.path("detail").asText()).contains("endret av lc.haukeland");
        assertThat(conflict.path("errors").get(0).path("field").asText()).isEqualTo("version");
        assertThat(b22Form(id).path("answers").path("AntPasTils").asInt()).isEqualTo(7);
    }

    /** Point 4 for autosave: the same draft rules (valid answers kept, the bad one named) and the same conflict. */
    @Test
    void autosaveKeepsTheValidAnswers_andNamesWhoChangedTheForm() throws Exception {
        long id = nationalCourse();
        SessionClient page = new SessionClient(port, jdbc);
        page.loginAs("lu.haukeland", "demo");
        String autosave = b22(id) + "/autolagring";

        String read = b22Form(id).path("version").asText();
        HttpResponse<String> saved = page.post(autosave, Map.of("version", read, "AntPasTils", "4", "TotTid", "600",
                "comment", "Ring fastlegen"));
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(saved.body());
        assertThat(body.path("notSaved").path("TotTid").asText()).contains("Total tid brukt (timer)");
        JsonNode stored = b22Form(id);
        assertThat(stored.path("answers").path("AntPasTils").asInt()).isEqualTo(4);
        assertThat(stored.path("internalComment").asText()).isEqualTo("Ring fastlegen");
        assertThat(stored.path("version").asLong()).isEqualTo(body.path("version").asLong());

        HttpResponse<String> stale = page.post(autosave, Map.of("version", read, "AntPasTils", "5"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).path("conflict").asText()).contains("endret av lu.haukeland");
        assertThat(b22Form(id).path("answers").path("AntPasTils").asInt()).isEqualTo(4);
    }

    private long nationalCourse() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        return id;
    }

    private JsonNode b22Form(long id) {
        return as("lu.haukeland").get("/api/courses/" + id + "/forms/B22").expect(200).json();
    }

    private static String b22(long id) {
        return "/forlop/" + id + "/skjema/B22";
    }
}
