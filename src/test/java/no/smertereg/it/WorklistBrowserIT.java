package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** Arbeidsliste (S12) in Debian chromium at 1280 px: states, sorting, department change, delete, print view. */
class WorklistBrowserIT extends IntegrationTest {

    @Test
    void theCoordinatorWorksTheUnitsCoursesOnTheWorklist() throws Exception {
        long finalised = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", finalised, "TO", toType3WithConsent());
        comment(finalised, "TO", "Intern merknad om henvisningen");
        comment(finalised, "B22", "Ring fastlegen om opioidplanen");
        long wrong = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        String wrongName = row(wrong).path("name").asText();
        String current = row(finalised).path("departmentName").asText();
        String secondDepartment = null;
        for (JsonNode department : as("lu.haukeland").get("/api/units/" + HAUKELAND).json().path("departments")) {
            if (department.path("active").asBoolean() && !department.path("name").asText().equals(current)) {
                secondDepartment = department.path("name").asText();
            }
        }

        try (RealBrowser browser = new RealBrowser(port, 1280, 900)) {
            logIn(browser, "lc.haukeland", "demo");
            assertThat(browser.find("#pager-status").getText()).as("the start page is the worklist's first page")
                    .startsWith("Viser 1–");
            long active = Long.parseLong(as("lc.haukeland").get("/api/worklist?size=1").expect(200)
                    .header("X-Total-Count"));
            browser.open("/arbeidsliste?size=1");
            assertThat(browser.find("#pager-status").getText()).isEqualTo("Viser 1–1 av " + grouped(active));
            browser.submitWith("a[rel=next]");
            assertThat(browser.find("#pager-status").getText()).isEqualTo("Viser 2–2 av " + grouped(active));
            assertThat(browser.text()).as("one course on a page of one").contains("Viser 2–2");
            browser.open("/arbeidsliste?size=500");

            assertThat(browser.text()).contains("Arbeidsliste", row(finalised).path("name").asText(), wrongName);
            String course = "#course-" + finalised;
            assertThat(browser.find(course + " td:nth-child(3)").getText()).isEqualTo("Ja");
            assertThat(browser.find(course + " [aria-label='TO: Ferdigstilt']").getText()).isEqualTo("●");
            assertThat(browser.find(course + " [aria-label='B1.1: Ny tom registrering']").getText()).isEqualTo("○");
            assertThat(browser.shown(course + " [aria-label='Har internkommentar']")).isTrue();
            assertThat(browser.scrollWidth()).as("no sideways scrolling at 1280 px")
                    .isLessThanOrEqualTo(browser.viewportWidth());
            browser.screenshot("worklist");
            assertThat(browser.unlabelledFields()).as("every field has a name").isEmpty();

            browser.submitWith("th:nth-child(4) a");
            assertThat(browser.find("th:nth-child(4)").getAttribute("aria-sort")).isEqualTo("ascending");
            browser.submitWith("th:nth-child(4) a");
            assertThat(browser.find("th:nth-child(4)").getAttribute("aria-sort")).isEqualTo("descending");

            browser.find(course + " .move summary").click();
            browser.selectText("#dept-" + finalised, secondDepartment);
            browser.click(course + " .move button");
            browser.waitUntilText(course + " td:nth-child(6)", secondDepartment);
            assertThat(browser.find(course + " td:nth-child(6) span").getText()).as("moved in place, by htmx")
                    .isEqualTo(secondDepartment);
            assertThat(browser.find(course + " td:nth-child(6) select option[selected]").getAttribute("textContent"))
                    .as("the new row offers the next move").isEqualTo(secondDepartment);

            browser.submitWith(course + " button.history");
            assertThat(browser.text()).contains("Pasienthistorikk", secondDepartment);
            browser.open("/arbeidsliste?size=500");

            browser.find("#course-" + wrong + " .delete summary").click();
            browser.type("#reason-" + wrong, "Feil pasient registrert");
            browser.submitWith("#course-" + wrong + " .delete button");
            assertThat(browser.text()).contains("Forløpet er slettet.").doesNotContain(wrongName);
            assertThat(browser.shown(course + " .delete")).as("a finalised form: no delete").isFalse();

            browser.open("/arbeidsliste/utskrift");
            assertThat(browser.text()).contains("Ring fastlegen om opioidplanen")
                    .doesNotContain("Intern merknad om henvisningen");
            browser.screenshot("worklist-print");

            browser.open("/arbeidsliste?size=500");
            browser.submitWith("header a[lang=en]");
            assertThat(browser.text()).contains("Worklist", "Identity number", "Start date");
            browser.open("/arbeidsliste?size=500");
            assertThat(browser.text()).as("the language choice is remembered").contains("Worklist");
            browser.submitWith("header a[lang=nb]");
            assertThat(browser.text()).contains("Arbeidsliste");

            browser.open("/forlop/99999999");
            assertThat(browser.text()).as("a refusal is a page, not JSON").contains(
                    "Siden finnes ikke, eller du har ikke tilgang til den", "Feilkode 404").doesNotContain("{");
            browser.open("/finnes-ikke");
            assertThat(browser.text()).contains("Feilkode 404").doesNotContain("Whitelabel");
        }
        assertThat(jdbc.queryForObject("select status from course where id = ?", String.class, wrong))
                .isEqualTo("DELETED");
    }

    /** Counts as the page shows them: Norwegian groups thousands with a no-break space. */
    private static String grouped(long count) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nb")).format(count);
    }

    private JsonNode row(long courseId) {
        for (JsonNode row : as("lu.haukeland").get("/api/worklist?size=500").expect(200).json()) {
            if (row.path("courseId").asLong() == courseId) {
                return row;
            }
        }
        throw new AssertionError("course " + courseId + " is not on the worklist");
    }

    private void comment(long courseId, String formKey, String text) {
        JsonNode form = as("lu.haukeland").get("/api/courses/" + courseId + "/forms/" + formKey).expect(200).json();
        as("lu.haukeland").put("/api/courses/" + courseId + "/forms/" + formKey + "/comment", Map.of("version",
                form.path("version").asLong(), "comment", text)).expect(200);
    }
}
