package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, class 4 (ADR 0009): a report reader (figures only, never patient-level rows) cannot difference report
 * queries down to fewer than the minimum (5) courses: not with two periods a day apart, not with whole months around a
 * small month, not with the unit filter, not with a ward and the total. The same data shown to a unit's LU or LC (who
 * may export the rows) is unchanged, and there each difference still shows.
 */
class ReportSuppressionIT extends IntegrationTest {

    private static final String LEVANGER = "4214288";
    private static final String MORE_OG_ROMSDAL = "4201115";
    private static final String READER = "rapportleser.issue16";
    private static final int MINIMUM = 5;

    private static boolean seeded;

    /**
     * Levanger (no other test uses it): type 3 courses, 2 in August, 6 in September, 6 in October, 5 up to
     * 20 November and the 6th on 21 November, and one more in October with TO only (registered, not complete).
     * Møre og Romsdal: October's type 1 courses, 6 in the first ward, 5 in the
     * second and 1 in the third. The reader holds REPORT_READER in both units.
     */
    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        type3(LocalDate.of(2026, 8, 10), 2);
        type3(LocalDate.of(2026, 9, 7), 6);
        type3(LocalDate.of(2026, 10, 12), 6);
        type3(LocalDate.of(2026, 11, 16), 5);
        type3(LocalDate.of(2026, 11, 21), 1);
        long registeredOnly = as("lu.levanger").post("/api/courses", Map.of("nationalId", nextSyntheticNationalId(),
                "departmentId", department(LEVANGER, 0))).expect(201).json().path("id").asLong();
        finalise("lu.levanger", registeredOnly, "TO", Map.of("HenvistDato", "2026-10-13", "StartdatoTO",
                "2026-10-13", "Tilsett", "1", "InklKritOppf", "1", "SkriftligSamtyk", "1", "DatoSamtykke",
                "2026-10-13"));
        int[] perWard = {6, 5, 1};
        for (int ward = 0; ward < perWard.length; ward++) {
            for (int i = 0; i < perWard[ward]; i++) {
                ReportFixtures.type1(this, "lu.moreromsdal", MORE_OG_ROMSDAL, LocalDate.of(2026, 10, 5), ward);
            }
        }
        jdbc.update("insert into app_user (username, display_name, password_hash, enabled, mobile, created_at, "
                + "must_change_password) select ?, 'Rapportleser', password_hash, true, '+4791601616', now(), false "
                + "from app_user where username = 'lu.haukeland'", READER);
        for (String unit : new String[] {LEVANGER, MORE_OG_ROMSDAL}) {
            jdbc.update("insert into user_role (user_id, registry_id, unit_resh, role) select id, 'smertereg', ?, "
                    + "'REPORT_READER' from "
                    + "app_user where username = ?", unit, READER);
        }
        seeded = true;
    }

    private void type3(LocalDate start, int courses) {
        for (int i = 0; i < courses; i++) {
            ReportFixtures.type3(this, "lu.levanger", LEVANGER, start, 0, null);
        }
    }

    @Test
    void theFindingsTwoPeriodsADayApartAreRefusedAtTheField_keepingWhatWasTyped() throws Exception {
        String levanger = "&enhet=" + LEVANGER;
        HttpResponse<String> to20 = get(READER, "/rapporter?from=2026-09-01&to=2026-11-20" + levanger);
        HttpResponse<String> to21 = get(READER, "/rapporter?from=2026-09-01&to=2026-11-21" + levanger);
        HttpResponse<String> from2 = get(READER, "/rapporter?from=2026-09-02&to=2026-11-30" + levanger);

        for (HttpResponse<String> refused : List.of(to20, to21)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("id=\"to-problem\"",
                    "til-datoen må være den siste dagen i en måned").doesNotContain("id=\"from-problem\"")
                    .doesNotContain("id=\"report-courses\"").doesNotContain("id=\"report-indicators\"");
        }
        assertThat(to20.body()).contains("value=\"2026-11-20\"");
        assertThat(from2.statusCode()).isEqualTo(400);
        assertThat(from2.body()).contains("id=\"from-problem\"", "value=\"2026-09-02\"")
                .doesNotContain("id=\"to-problem\"");

        Map<String, Integer> lu20 = figures("lu.levanger", "/rapporter?from=2026-09-01&to=2026-11-20");
        Map<String, Integer> lu21 = figures("lu.levanger", "/rapporter?from=2026-09-01&to=2026-11-21");
        assertThat(lu21.get("courses") - lu20.get("courses")).as("LU still sees any days, as before").isEqualTo(1);
    }

    @Test
    void wholeMonthsAroundASmallMonthDifferInNoFigureByFewerThanTheMinimum() throws Exception {
        String levanger = "&enhet=" + LEVANGER;
        String augToNov = "/rapporter?from=2026-08-01&to=2026-11-30";
        String sepToNov = "/rapporter?from=2026-09-01&to=2026-11-30";
        String sepToOct = "/rapporter?from=2026-09-01&to=2026-10-31";
        Map<String, Integer> withAugust = figures(READER, augToNov + levanger);
        Map<String, Integer> withoutAugust = figures(READER, sepToNov + levanger);
        Map<String, Integer> withoutNovember = figures(READER, sepToOct + levanger);

        assertThat(ReportPageFigures.smallDifferences(withAugust, withoutAugust, MINIMUM)).isEmpty();
        assertThat(ReportPageFigures.smallDifferences(withoutAugust, withoutNovember, MINIMUM)).isEmpty();
        assertThat(ReportPageFigures.shownInBoth(withAugust, withoutAugust)).as("figures to compare")
                .isGreaterThan(30);
        assertThat(withAugust).as("August's 2 courses hide every figure that holds them").doesNotContainKeys(
                "courses", "report-indicators | indicator-1 | Totalt antall",
                "supervision-months | Totalt | Ant henv", "years-baseline | year-2026 | Nye forløp");
        assertThat(withoutAugust).containsEntry("courses", 18)
                .containsEntry("report-indicators | indicator-1 | Totalt antall", 18)
                .containsEntry("supervision-months | Totalt | Ant henv", 18);
        assertThat(withoutNovember).containsEntry("courses", 12);
        assertThat(withoutAugust).as("coverage counts the report's courses: one not complete would be a part shown "
                + "nowhere else").containsEntry("coverage-table | Registrerte forløp | 1", 18);
        String asMonths = get(READER, "/rapporter?from=2026-09&to=2026-11" + levanger).body();
        assertThat(ReportPageFigures.of(asMonths)).as("the month pickers' yyyy-MM").isEqualTo(withoutAugust);
        assertThat(asMonths).contains("type=\"month\"", "value=\"2026-09\"", "value=\"2026-11\"");

        Map<String, Integer> luWithAugust = figures("lu.levanger", augToNov);
        Map<String, Integer> luWithoutAugust = figures("lu.levanger", sepToNov);
        assertThat(ReportPageFigures.smallDifferences(luWithAugust, luWithoutAugust, MINIMUM))
                .as("with patient-level access the figures are as before, and differ by August's 2")
                .contains("courses: 20 vs 18");
        assertThat(luWithoutAugust).as("LU's coverage counts every registered course, as before")
                .containsEntry("coverage-table | Registrerte forløp | 1", 19);
    }

    @Test
    void aReaderOfTwoUnitsSeesEachUnitOnItsOwn_noUnitAndPeriodsDifferByFewerThanTheMinimum_noOtherUnit()
            throws Exception {
        String period = "/rapporter?from=2026-09-01&to=2026-11-30";
        Map<String, Integer> levanger = figures(READER, period + "&enhet=" + LEVANGER);
        Map<String, Integer> more = figures(READER, period + "&enhet=" + MORE_OG_ROMSDAL);
        assertThat(levanger).containsEntry("courses", 18);
        assertThat(more).containsEntry("courses", 12);
        assertThat(figures(READER, period)).as("one of the units, not both together").isEqualTo(more);
        String page = get(READER, period).body();
        assertThat(page).contains("<option value=\"" + LEVANGER + "\"", "<option value=\"" + MORE_OG_ROMSDAL + "\"")
                .doesNotContain("<option value=\"\"").doesNotContain("id=\"report-export\"");

        List<String> periods = List.of("from=2026-08-01&to=2026-11-30", "from=2026-09-01&to=2026-11-30",
                "from=2026-09-01&to=2026-10-31", "from=2026-10-01&to=2026-10-31", "from=2026-11-01&to=2026-11-30",
                "from=2026-08-01&to=2026-08-31");
        for (String unit : List.of("&enhet=" + LEVANGER, "&enhet=" + MORE_OG_ROMSDAL, "")) {
            List<Map<String, Integer>> pages = new ArrayList<>();
            for (String p : periods) {
                pages.add(figures(READER, "/rapporter?" + p + unit));
            }
            for (int i = 0; i < pages.size(); i++) {
                for (int j = i + 1; j < pages.size(); j++) {
                    assertThat(ReportPageFigures.smallDifferences(pages.get(i), pages.get(j), MINIMUM))
                            .as("%s: %s against %s", unit, periods.get(i), periods.get(j)).isEmpty();
                }
            }
        }

        HttpResponse<String> haukeland = get(READER, period + "&enhet=" + HAUKELAND);
        assertThat(haukeland.statusCode()).isEqualTo(403);
        assertThat(haukeland.body()).doesNotContain("id=\"report-courses\"");
        assertThat(get(READER, "/rapporter/eksport?from=2026-09-01&to=2026-11-30&enhet=" + LEVANGER).statusCode())
                .isEqualTo(403);
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs(READER, "demo")).endsWith("/login/enhet");
        session.post("/login/enhet", Map.of("unit", LEVANGER));
        assertThat(session.get(period, "text/html").statusCode()).isEqualTo(200);
        assertThat(session.get(period + "&enhet=" + MORE_OG_ROMSDAL, "text/html").statusCode())
                .as("a session holds the chosen unit only").isEqualTo(403);
    }

    @Test
    void aWardWithOneCourseIsNeverTheTotalMinusTheWardsShown() throws Exception {
        String october = "/rapporter?from=2026-10-01&to=2026-10-31&enhet=" + MORE_OG_ROMSDAL;
        HttpResponse<String> response = get(READER, october);
        assertThat(response.statusCode()).isEqualTo(200);
        String page = response.body();
        Map<String, Integer> reader = ReportPageFigures.of(page);
        String first = wardName(0);
        String second = wardName(1);
        String third = wardName(2);

        assertThat(reader).containsEntry("supervision-wards | " + first + " | Ant henv", 6)
                .containsEntry("supervision-wards | Øvrige avdelinger | Ant henv", 6)
                .containsEntry("supervision-wards | Totalt | Ant henv", 12);
        assertThat(page).as("the wards hidden together are not named").doesNotContain(second, third);
        int namedWards = reader.entrySet().stream().filter(e -> e.getKey().startsWith("supervision-wards | ")
                && e.getKey().endsWith(" | Ant henv") && !e.getKey().contains("| Totalt |")
                && !e.getKey().contains("| Øvrige avdelinger |")).mapToInt(Map.Entry::getValue).sum();
        int hiddenTogether = reader.get("supervision-wards | Totalt | Ant henv") - namedWards;
        assertThat(hiddenTogether).as("total minus the wards shown").matches(n -> n == 0 || n >= MINIMUM);

        Map<String, Integer> lc = ReportPageFigures.of(get("lc.moreromsdal", october).body());
        assertThat(lc).as("with patient-level access every ward has its line, as before")
                .containsEntry("supervision-wards | " + second + " | Ant henv", 5)
                .doesNotContainKey("supervision-wards | " + third + " | Ant henv")
                .containsEntry("supervision-wards | Totalt | Ant henv", 12);
    }

    @Test
    void inChromiumTheReaderPicksWholeMonths_andADayTypedIntoTheAddressIsRefusedAtItsField() throws Exception {
        try (RealBrowser browser = new RealBrowser(port, 1400, 2400)) {
            logIn(browser, READER, "demo");
            browser.click("input[name=unit][value='" + LEVANGER + "']");
            browser.submitWith("button[type=submit]");
            browser.open("/rapporter");
            assertThat(browser.find("#from").getAttribute("type")).isEqualTo("month");
            browser.setDate("#from", "2026-09");
            browser.setDate("#to", "2026-11");
            browser.submitWith("#report-show");
            assertThat(browser.find("#report-courses").getText()).startsWith("18 forløp");
            assertThat(browser.shown("#report-export")).isFalse();
            assertThat(browser.unlabelledFields()).isEmpty();
            browser.screenshot("report-reader-months");

            browser.open("/rapporter?from=2026-09-01&to=2026-11-20");
            assertThat(browser.find("#to-problem").getText()).contains("siste dagen i en måned");
            assertThat(browser.find("#to").getAttribute("value")).isEqualTo("2026-11-20");
            assertThat(browser.text()).doesNotContain("forløp med startdato");
        }
    }

    private String wardName(int index) {
        return jdbc.queryForObject("select name || ' (' || short_name || ')' from department where id = ?",
                String.class, department(MORE_OG_ROMSDAL, index));
    }

    private Map<String, Integer> figures(String username, String path) throws Exception {
        HttpResponse<String> response = get(username, path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ReportPageFigures.of(response.body());
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html").header("Accept-Language", "nb").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
