package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Issue 19's "Done when": seeds/004's quick steps in Debian chromium. The clerk books ("6 raske prosedyresteg":
 * find the patient, create the course, referral and planned consultation dates, save the draft) and opens the form
 * before treatment at the clinic with a one-time code; the patient answers it with consent on a phone; the treater
 * finds the patient ("5 korte steg"), sees the answered form, fills in the treater form with a diagnosis and
 * finalises; and the unit's report shows NNRR's indicators beside the nation.
 */
class NnrrQuickStepsBrowserIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void theClerkBooks_thePatientAnswersWithConsent_andTheTreaterFinalises() throws Exception {
        LocalDate today = LocalDate.now(OSLO);
        String nationalId = nextSyntheticNationalId();
        long courseId;
        String code;
        try (RealBrowser clerk = new RealBrowser(port, 1280, 1000)) {
            logIn(clerk, "merkantil.100320", "demo");
            clerk.submitWith("a[href='/registrering']");
            clerk.type("#nationalId", nationalId);
            clerk.submitWith("form[action='/registrering/sok'] button");
            clerk.submitWith("form[action='/registrering'] button");

            assertThat(clerk.text()).contains("Personopplysninger (PO)");
            courseId = Long.parseLong(clerk.url().replaceAll(".*/forlop/(\\d+)/po.*", "$1"));
            clerk.submitWith("button[value=next]");
            clerk.type("#Epost", "nnrr-" + courseId + "@example.invalid");
            clerk.click("input[name=Varslingskanal][value=EPOST]");
            clerk.submitWith("button[value=next]");

            assertThat(clerk.text()).contains("Behandlerskjema", "Timebestilling",
                    "Som merkantil ser og lagrer du bare timebestillingen");
            assertThat(clerk.findAll("#S1b_DateOfCompletion")).as("no clinical question for the clerk").isEmpty();
            assertThat(clerk.findAll("button[value=finalise]")).isEmpty();
            assertThat(clerk.unlabelledFields()).isEmpty();
            clerk.setDate("#HenvisningsDato", today.minusDays(10).toString());
            clerk.setDate("#PlanlagtKonsultasjonsDato", today.toString());
            clerk.submitWith("button[value=save]");
            assertThat(clerk.text()).contains("Lagret");
            clerk.screenshot("nnrr-clerk-booking");

            clerk.open("/forlop/" + courseId);
            clerk.submitWith("a[href='/forlop/" + courseId + "/pasientskjema']");
            assertThat(clerk.find("#pf-PASIENT-FOR").getText()).contains("Planlagt");
            assertThat(clerk.findAll("#pf-PASIENT-FOR a.paper")).as("paper entry is not the clerk's").isEmpty();
            clerk.click("#pf-PASIENT-FOR summary");
            clerk.submitWith("#pf-PASIENT-FOR button.at-clinic");
            code = clerk.find("#clinic-code .clinic-code").getText();
            assertThat(code).matches("[A-Z2-9]{8}");
            clerk.screenshot("nnrr-clerk-clinic-code");
        }

        String birthDate = as("lu.100320").get("/api/courses/" + courseId + "/personal-data").expect(200).json()
                .path("person").path("birthDate").asText();
        try (RealBrowser tablet = new RealBrowser(port, 800, 1100)) {
            tablet.open("/pasient");
            tablet.type("#code", code);
            tablet.setDate("#birthDate", birthDate);
            tablet.submitWith("button[type=submit]");
            assertThat(tablet.text()).contains("Spørreskjema fra Norsk nakke- og ryggregister",
                    "Samtykke til Norsk nakke- og ryggregister").doesNotContain("SmerteReg");
            tablet.click("input[name=PainDurationNow][value='3']");
            tablet.select("#PainExperiencesNoActivity", "5");
            tablet.select("#PainExperiencesActivity", "7");
            for (String odi : new String[] {"OdiPain", "OdiPersonalCare", "OdiLift", "OdiWalk", "OdiSit", "OdiStand",
                    "OdiSleep", "OdiSocial", "OdiTravel"}) {
                tablet.click("input[name=" + odi + "][value='2']");
            }
            for (String eq5d : new String[] {"Eq5dWalk", "Eq5dPersonalCare", "Eq5dOrdinaryActivities", "Eq5dPain",
                    "Eq5dAnxiety"}) {
                tablet.click("input[name=" + eq5d + "][value='2']");
            }
            tablet.type("#Eq5dHealthLevel", "60");
            tablet.submitWith("button[value=submit]");
            assertThat(tablet.text()).as("not without the consent").contains("Noen svar mangler");
            assertThat(tablet.find("input[name=Samtykke]").getAttribute("aria-invalid")).isEqualTo("true");
            tablet.click("input[name=Samtykke]");
            tablet.submitWith("button[value=submit]");
            assertThat(tablet.text()).contains("Takk for svarene dine");
        }

        try (RealBrowser treater = new RealBrowser(port, 1280, 1000)) {
            logIn(treater, "lu.100320", "demo");
            treater.submitWith("a[href='/registrering']");
            treater.type("#nationalId", nationalId);
            treater.submitWith("form[action='/registrering/sok'] button");
            treater.submitWith("a[href='/forlop/" + courseId + "']");
            assertThat(treater.find("#timeline-PASIENT-FOR").getText()).contains("Ferdig utfylt");

            treater.submitWith("a[href='/forlop/" + courseId + "/skjema/BEHANDLER']");
            assertThat(treater.find("#HenvisningsDato").getAttribute("value"))
                    .as("the clerk's booking is there").isEqualTo(today.minusDays(10).toString());
            treater.setDate("#S1b_DateOfCompletion", today.toString());
            treater.click("input[name=TreatmentEvaluationByDoctor]");
            treater.click("input[name=TreatmentEvaluationByPhysiotherapist]");
            treater.click("input[name=NeckSurgery][value='2']");
            treater.click("input[name=BackSurgery][value='2']");
            treater.click("input[name=CourseYellowFlagComplicatingFactors][value='1']");
            treater.click("input[name=TreatmentMasteryOrientedConversation][value='1']");
            treater.click("input[name=TreatmentCouncellingLifeStyleAndMedication][value='1']");
            treater.click("input[name=TreatmentAbilityToWorkFunctionLevel][value='1']");
            treater.click("input[name=Radiological_None]");
            treater.click("input[name=RelevantDiagnose][value='1']");
            treater.select("#DiagnosticNumber1Type", "20");
            treater.type("#DiagnosticNumber1", "M54.5");
            treater.click("input[name=Treatment_FollowUpFysioterapeut]");
            treater.click("input[name=Treatment_TreatmentInSpecialistServices][value='0']");
            assertThat(treater.unlabelledFields()).isEmpty();
            treater.submitWith("button[value=finalise]");
            assertThat(treater.text()).contains("Skjemaet er ferdigstilt.");
            assertThat(treater.find("#state-BEHANDLER").getText()).contains("Ferdigstilt");
            treater.screenshot("nnrr-treater-finalised");

            treater.submitWith("a[href='/rapporter']");
            assertThat(treater.text()).contains("Rapporter – St. Olavs hospital", "Andel tverrfaglig behandlet",
                    "Mestringsorientert samtale", "Nasjonalt");
            assertThat(treater.find("#unit-nnrr_mestringsorientert_samtale").getText())
                    .matches("færre enn 5|\\d+ av \\d+ \\(\\d+ %\\)");
            treater.screenshot("nnrr-report");
        }
        assertThat(jdbc.queryForMap("select status, registry from course where id = ?", courseId))
                .containsEntry("status", "ACTIVE").containsEntry("registry", "NATIONAL");
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = "
                + "'PASIENT-FOR'", String.class, courseId)).isEqualTo("COMPLETED");
    }
}
