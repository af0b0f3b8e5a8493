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
    private static final int PER_UNIT = 20;
    private static final Pattern INDICATOR_ROW = Pattern.compile("<tr id=\"indicator-([\\w.-]+)\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    @Autowired
    DemoCourses demo;

    @Autowired
    RegistryClock clock;

    @Test
    void demoCoursesGiveEachUnitEveryIndicatorAsInItsExport_andScAPerHospitalTableAsInTheNationalExport()
            throws Exception {
        List<String> units = UNITS.stream().map(u -> u[0]).toList();
        List<String> people = new ArrayList<>();
        for (int i = 0; i < units.size() * PER_UNIT; i++) {
            people.add(nextSyntheticNationalId());
        }
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
