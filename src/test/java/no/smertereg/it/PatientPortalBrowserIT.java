package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The portal on a phone-sized screen in a real browser: the intro text, a question that hides as the patient
 * answers, save and return with the same code, and the submit.
 */
class PatientPortalBrowserIT extends IntegrationTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void onAPhoneThePatientSavesComesBackWithTheSameCodeAndSubmits() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        String address = "telefon" + id + "@example.invalid";
        giveEmail("lu.haukeland", id, address);
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        String birthDate = po.path("person").path("birthDate").asText();
        as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/PASREG/dispatch", Map.of()).expect(200);
        String notice = jdbc.queryForObject("select body from notification_outbox where recipient = ?",
                String.class, address);
        Matcher code = Pattern.compile("koden ([A-Z2-9]{8})").matcher(notice);
        assertThat(code.find()).as(notice).isTrue();

        try (RealBrowser phone = new RealBrowser(port, 375, 740)) {
            openWithCode(phone, code.group(1), birthDate);
            assertThat(phone.text()).contains("Pasientregistrering", "Det finnes ingen riktige eller gale svar",
                    "Du kan svare til og med");
            assertThat(phone.scrollWidth()).as("no sideways scrolling at 375 px")
                    .isLessThanOrEqualTo(phone.viewportWidth());
            assertThat(phone.unlabelledFields()).as("every question has a name").isEmpty();

            assertThat(phone.shown("#PRSpm3")).isTrue();
            phone.click("input[name=PRSpm3Mangler]");
            assertThat(phone.shown("#PRSpm3")).as("'Vet ikke' hides the number of contacts").isFalse();
            phone.click("input[name=PRSpm3Mangler]");
            assertThat(phone.shown("#PRSpm3")).isTrue();

            phone.find("input[name=PRSpm1][value='2']").click();
            phone.type("#PRSpm3", "4");
            phone.submitWith("button[value=save]");
            assertThat(phone.text()).contains("Svarene er lagret, men ikke sendt");
        }
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'PASREG'",
                String.class, id)).isEqualTo("SENT");

        try (RealBrowser later = new RealBrowser(port, 375, 740)) {
            openWithCode(later, code.group(1), birthDate);
            assertThat(later.find("input[name=PRSpm1][value='2']").isSelected()).as("the saved answer is back")
                    .isTrue();
            assertThat(later.find("#PRSpm3").getAttribute("value")).isEqualTo("4");
            later.find("input[name=PRSpm2][value='3']").click();
            later.find("input[name=PRSpm4][value='0']").click();
            later.find("input[name=PRSpm5][value='3']").click();
            later.find("input[name=PRSpm6][value='1']").click();
            later.submitWith("button[value=submit]");
            assertThat(later.text()).contains("Takk for svarene dine");
        }
        assertThat(jdbc.queryForMap("select state, draft_answers from patient_form where course_id = ? and "
                + "form_type = 'PASREG'", id)).containsEntry("state", "COMPLETED").containsEntry("draft_answers", null);
    }

    private static void openWithCode(RealBrowser browser, String code, String birthDate) {
        browser.open("/pasient");
        browser.type("#code", code);
        browser.setDate("#birthDate", birthDate);
        browser.submitWith("button[type=submit]");
    }
}
