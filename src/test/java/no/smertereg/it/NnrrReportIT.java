package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 19, N5: NNRR's reports are its descriptor's indicators. Five finalised courses of Nordlandssykehuset (a unit
 * no other test uses), three of them treated interdisciplinarily: the unit's LU and report reader see 3 of 5 beside
 * the national figure, NNRR's leadership sees the nation and can pick the unit, SmerteReg's users keep their own
 * report, and a year out of range is refused at its field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NnrrReportIT extends IntegrationTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String NLSH = "108624";

    @BeforeAll
    void fiveFinalisedCourses() {
        LocalDate today = LocalDate.now(OSLO);
        for (int i = 0; i < 5; i++) {
            long course = newCourse("lu.108624", NLSH).path("id").asLong();
            Map<String, Object> treater = NnrrAnswers.treaterForm(today, today, "1");
            treater.put("DiagnosticNumber1Type", "20");
            treater.put("DiagnosticNumber1", "M54.5");
            if (i < 3) {
                treater.put("Treatment_TreatmentInSpecialistServices", "1");
                treater.put("Treatment_TreatmentOwnSpecialistServices", true);
                treater.put("Treatment_InvidualInterdisciplinary", "0");
                treater.put("Treatment_GroupInterdisciplinary2018", "1");
            }
            finalise("lu.108624", course, "BEHANDLER", treater);
        }
    }

    @Test
    void theUnitSeesItsYearBesideTheNation_inTheDescriptorsIndicators() throws Exception {
        for (String user : new String[] {"lu.108624", "rapport.108624"}) {
            String page = pageAs(user, "/rapporter");
            assertThat(elementText(page, "unit-nnrr_tverrfaglig_behandling")).as(user).isEqualTo("3 av 5 (60 %)");
            assertThat(elementText(page, "unit-nnrr_mestringsorientert_samtale")).isEqualTo("5 av 5 (100 %)");
            assertThat(elementText(page, "unit-nnrr_tid_henvisning_besok_50")).isEqualTo("5 av 5 (100 %)");
            assertThat(elementText(page, "unit-nnrr_bedring_av_behandling")).as("no 6-month answers this year")
                    .isEqualTo("–");
            assertThat(elementText(page, "national-nnrr_tverrfaglig_behandling")).matches("\\d+ av \\d+ \\(\\d+ %\\)");
        }
    }

    @Test
    void theLeadershipSeesTheNationAndOneHospital_smerteregsUsersTheirOwnReport() throws Exception {
        String national = pageAs("sc.nnrr", "/rapporter");
        assertThat(national).contains("id=\"defined-indicators\"").doesNotContain("unit-figure")
                .contains("<option value=\"" + NLSH + "\"");
        String oneHospital = pageAs("sc.nnrr", "/rapporter?enhet=" + NLSH);
        assertThat(elementText(oneHospital, "unit-nnrr_tverrfaglig_behandling")).isEqualTo("3 av 5 (60 %)");

        String smertereg = pageAs("lu.stolav", "/rapporter");
        assertThat(smertereg).doesNotContain("defined-indicators").contains("id=\"report-indicators\"");
    }

    @Test
    void aYearOutOfRange_isRefusedAtTheYearField_keepingWhatWasTyped() throws Exception {
        for (String typed : new String[] {"1999", "tjueseks", String.valueOf(LocalDate.now(OSLO).getYear() + 1)}) {
            SessionClient lu = new SessionClient(port, jdbc);
            lu.loginAs("lu.108624", "demo");
            HttpResponse<String> refused = lu.get("/rapporter?aar=" + typed, PermissionMatrixIT.BROWSER_ACCEPT);
            assertThat(refused.statusCode()).as(typed).isEqualTo(400);
            assertThat(elementText(refused.body(), "aar-problem")).startsWith("Velg et år fra 2015");
            assertThat(refused.body()).contains("value=\"" + typed + "\"").doesNotContain("defined-indicators");
        }
    }
}
