package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.course.DemoCourses;
import no.smertereg.patients.DemoPersons;
import no.smertereg.shared.RegistryClock;

/**
 * Issue 7's "done when", tried as a new user would: the demo seeding (the same service spring-boot:run uses, on
 * three units no other test touches) gives each unit's LC a report page with every indicator's numerator,
 * denominator and share, the same numbers as recounted from the unit's CSV export, every denominator at least the
 * small-number limit (5); and SC a national page with a row per hospital that agrees with SC's export.
 */
class DemoReportsIT extends IntegrationTest {

    /** Fonna, Sørlandet, Stavanger (RESH) and their LC, in seeding order. */
    private static final List<String[]> UNITS = List.of(new String[] {"100084", "lc.fonna"},
            new String[] {"100133", "lc.sorlandet"}, new String[] {"100083", "lc.stavanger"});
    private static final int PER_UNIT = 30;
    private static final Pattern INDICATOR_ROW = Pattern.compile("<tr id=\"indicator-([\\w.-]+)\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @Autowired
    DemoCourses demo;

    @Autowired
    DemoPersons persons;

    @Autowired
    RegistryClock clock;

    @Test
    void demoCoursesGiveEachUnitEveryIndicatorAsInItsExport_andScAPerHospitalTableAsInTheNationalExport()
            throws Exception {
        List<String> units = UNITS.stream().map(u -> u[0]).toList();
        // As DemoCourseLoader: the last living synthetic persons (the other tests take theirs from the first ones).
        List<String> people = persons.nationalIds(units.size() * PER_UNIT);
        List<DemoCourses.DemoCourse> made = demo.seed(units, people, PER_UNIT);
        assertThat(made).hasSize(units.size() * PER_UNIT);
        LocalDate today = clock.today();
        String period = "from=" + today.minusDays(120) + "&to=" + today;

        for (String[] unit : UNITS) {
            String lc = unit[1];
            String page = get(lc, "/rapporter?" + period).body();
            List<Map<String, String>> rows = parse(get(lc, "/rapporter/eksport?" + period).body());
            assertThat(rows).hasSize(PER_UNIT).allSatisfy(r -> assertThat(r.get("AvdRESH")).isEqualTo(unit[0]));
            Map<String, int[]> recount = IndicatorRecount.of(rows, true);
            Map<String, List<String>> shown = indicatorCells(page);
            assertThat(shown.keySet()).containsExactlyElementsOf(IndicatorRecount.NUMBERS);
            for (String number : IndicatorRecount.NUMBERS) {
                int[] expected = recount.get(number);
                List<String> cells = shown.get(number);
                assertThat(expected[1]).as("%s indicator %s denominator", lc, number)
                        .isGreaterThanOrEqualTo(5);
                assertThat(cells.subList(2, 4)).as("%s indicator %s numerator, denominator", lc, number)
                        .containsExactly(String.valueOf(expected[0]), String.valueOf(expected[1]));
                assertThat(cells.get(4)).as("share").contains("%");
            }
            assertThat(recount.get("3")[0]).as("some satisfied").isPositive();
            wardsAsInTheExport(page, rows);
            yearsAsInTheExport(page, rows);
            List<String> eval = cells(row(page, "eprom-Eval"));
            assertThat(eval.subList(0, 2)).as("Eval sent and answered").containsExactly(
                    String.valueOf(rows.stream().filter(r -> !r.get("PasdelUtfylEval").isEmpty()).count()),
                    String.valueOf(rows.stream().filter(r -> r.get("PasdelUtfylEval").equals("1")).count()));
        }

        String national = get("sc", "/rapporter?" + period).body();
        List<Map<String, String>> nationalRows = parse(get("sc", "/rapporter/eksport?" + period).body());
        for (String unit : units) {
            List<Map<String, String>> hospitalRows = nationalRows.stream().filter(r -> r.get("AvdRESH").equals(unit))
                    .toList();
            assertThat(hospitalRows).as("national courses of %s", unit).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("InklusjonStatus")).isEqualTo("1"));
            Map<String, int[]> recount = IndicatorRecount.of(hospitalRows, false);
            List<String> cells = cells(row(national, "hospital-" + unit));
            assertThat(cells).hasSize(IndicatorRecount.NUMBERS.size());
            for (int i = 0; i < cells.size(); i++) {
                int[] expected = recount.get(IndicatorRecount.NUMBERS.get(i));
                String cell = cells.get(i);
                if (expected[1] < 5) {
                    assertThat(cell).as("%s %s hidden", unit, IndicatorRecount.NUMBERS.get(i)).isEqualTo("–");
                } else {
                    assertThat(cell).as("%s %s", unit, IndicatorRecount.NUMBERS.get(i))
                            .startsWith(expected[0] + "/" + expected[1] + " (");
                }
            }
            assertThat(recount.get("3")[1]).as("national indicator 3 of %s", unit).isGreaterThanOrEqualTo(5);
        }
        String lines = section(national, "report-hospital-lines");
        assertThat(lines).as("a line per hospital in the chart of indicator 1, with its name in the legend")
                .contains("data-resh=\"" + units.get(0) + "\"", "Helse Fonna", "Snitt");
        assertThat(lines.split("<figure", -1)).hasSize(IndicatorRecount.NUMBERS.size() + 1);

        try (RealBrowser browser = new RealBrowser(port, 1400, 4200)) {
            logIn(browser, "sc", "demo");
            browser.open("/rapporter?" + period);
            assertThat(browser.shown("#hospital-lines-1 g.hospital-line[data-resh='" + units.get(0) + "'] circle"))
                    .as("Fonna's dots in indicator 1's chart").isTrue();
            assertThat(browser.shown("#hospital-lines-1 g.snitt-line circle")).isTrue();
            assertThat(browser.find("#hospital-lines-1 .chart-legend").getText()).contains("Snitt", "Helse Fonna");
            assertThat(browser.find("#hospital-lines-1 svg title").getAttribute("textContent"))
                    .contains("Tilsett av to eller flere faggrupper");
            browser.screenshot("report-national-lines");
        }
        try (RealBrowser browser = new RealBrowser(port, 1400, 3600)) {
            logIn(browser, "lc.fonna", "demo");
            browser.open("/rapporter?" + period);
            assertThat(browser.text()).contains("Tilsyn per avdeling", "Andel nye pasienter svart på Pasreg",
                    "Samtykkeprosent", "Svarprosent");
            assertThat(browser.find("#indicator-3 .denominator").getText()).matches("\\d+");
            browser.screenshot("report-unit-wards-years");
        }
    }

    /** Tilsyn per ward: referrals per InnlAvd as in the export, the most first, small wards hidden. */
    private void wardsAsInTheExport(String page, List<Map<String, String>> rows) {
        Map<String, Long> perWard = new LinkedHashMap<>();
        rows.forEach(r -> perWard.merge(r.get("InnlAvd"), 1L, Long::sum));
        assertThat(perWard).as("the demo spreads a unit's courses over its wards").hasSizeGreaterThan(2);
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\">([^<]*)</th>\\s*<td class=\"text-end referrals\">"
                + "([^<]*)</td>").matcher(section(page, "supervision-wards"));
        while (row.find()) {
            shown.put(row.group(1).strip(), row.group(2).strip());
        }
        perWard.forEach((id, count) -> {
            String name = jdbc.queryForObject("select name || ' (' || short_name || ')' from department where id = ?",
                    String.class, Long.valueOf(id));
            assertThat(shown).containsEntry(name, count >= 5 ? String.valueOf(count) : "–");
        });
        assertThat(shown).containsEntry("Totalt", String.valueOf(rows.size()));
        List<Long> referrals = shown.values().stream().filter(v -> v.matches("\\d+")).map(Long::valueOf).toList();
        assertThat(referrals.subList(0, referrals.size() - 1)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    /** The OPR yearly tables recounted from the export: new patients, answered Pasreg, consent, Eval response. */
    private static void yearsAsInTheExport(String page, List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> years = new LinkedHashMap<>();
        rows.forEach(r -> years.computeIfAbsent(r.get("StartdatoTO").substring(0, 4), y -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Map<String, String>>> year : years.entrySet()) {
            List<Map<String, String>> inYear = year.getValue();
            long patients = inYear.stream().map(r -> r.get("PasientID")).distinct().count();
            long answered = inYear.stream().filter(r -> r.get("PasDelUfylPR").equals("1")).map(r -> r.get(
                    "PasientID")).distinct().count();
            long consented = inYear.stream().filter(r -> r.get("SkriftligSamtyk").equals("1")).count();
            long askedConsent = inYear.stream().filter(r -> r.get("SkriftligSamtyk").matches("[01]")).count();
            long evalSent = inYear.stream().filter(r -> !r.get("PasdelUtfylEval").isEmpty()).count();
            long evalAnswered = inYear.stream().filter(r -> r.get("PasdelUtfylEval").equals("1")).count();
            if (patients < 5 || askedConsent < 5 || evalSent < 5) {
                continue;
            }
            String yearRow = row(page, "year-" + year.getKey());
            assertThat(yearRow).contains("new-patients\">" + patients + "<", "baseline-answered\">" + answered + "<",
                    "consented\">" + consented + "<");
            assertThat(answered).as("some new patients answered Pasreg").isPositive();
            assertThat(cells(row(page, "follow-up-" + year.getKey() + "-Eval")).subList(1, 3)).containsExactly(
                    String.valueOf(evalSent), String.valueOf(evalAnswered));
        }
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** Each indicator row's cells: number, name, numerator, denominator, share, chart. */
    private static Map<String, List<String>> indicatorCells(String page) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        Matcher row = INDICATOR_ROW.matcher(page);
        while (row.find()) {
            result.put(row.group(1), cells(row.group(2)));
        }
        return result;
    }

    private static String row(String page, String id) {
        Matcher matcher = Pattern.compile("<tr id=\"" + Pattern.quote(id) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("row " + id).isTrue();
        return matcher.group(1);
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = CELL.matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).replaceAll("<[^>]+>", "").strip());
        }
        return cells;
    }

    private static List<Map<String, String>> parse(String csv) throws Exception {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        List<Map<String, String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text))) {
            rows.add(record.toMap());
        }
        return rows;
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html,text/csv,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
