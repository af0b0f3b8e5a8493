package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: the CSV export and the report page on PostgreSQL, as the users of two units and SC. A course whose
 * internal comments hold a marker and the identity number is exported with its PID and without either.
 */
class ReportExportIT extends IntegrationTest {

    private static final String NOVEMBER = "from=2026-11-01&to=2026-11-30";
    private static final Pattern COURSES = Pattern.compile("id=\"report-courses\">(\\d+) ");

    @Test
    void exportHoldsThePidAndTheAnswers_neverAnInternalCommentOrTheIdentityNumber_andEveryRowIsAudited()
            throws Exception {
        String marker = "INTERN-" + UUID.randomUUID();
        ReportFixtures.Made made = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, marker);
        long pid = jdbc.queryForObject("select pid from course where id = ?", Long.class, made.courseId());
        String familyName = jdbc.queryForObject("select family_name from patient where pid = ?", String.class, pid);
        assertThat(jdbc.queryForObject("select count(*) from form_instance where course_id = ? and "
                + "internal_comment like ?", Long.class, made.courseId(), marker + "%")).isEqualTo(5);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        HttpResponse<String> response = get("lu.haukeland", "/rapporter/eksport?" + NOVEMBER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                "smertereg-" + HAUKELAND + "-2026-11-01-2026-11-30.csv");
        String body = response.body();
        assertThat(body).doesNotContain(marker).doesNotContain(made.nationalId()).doesNotContain(familyName);
        List<CSVRecord> rows = parse(body);
        CSVRecord row = rows.stream().filter(r -> r.get("ForlopsID").equals(String.valueOf(made.courseId())))
                .findFirst().orElseThrow();
        assertThat(row.get("PasientID")).isEqualTo(String.valueOf(pid));
        assertThat(row.get("AvdRESH")).isEqualTo(HAUKELAND);
        assertThat(row.get("InklusjonStatus")).isEqualTo("1");
        assertThat(row.get("Reservasjonsstatus")).isEqualTo("0");
        assertThat(row.get("StartdatoTO")).isEqualTo("2026-11-16");
        assertThat(row.get("Tilsett")).isEqualTo("1");
        assertThat(row.get("StSmBev12")).isEqualTo("8");
        assertThat(row.get("StSmBev21")).isEqualTo("5");
        assertThat(row.get("SvSmBev12")).isEqualTo("99");
        assertThat(row.get("AntTilsLege")).isEqualTo("2");
        assertThat(row.get("AntTilsPsyk")).isEmpty();
        assertThat(row.get("Journalnotat")).isEqualTo("1");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("AvdRESH")).isEqualTo(HAUKELAND));

        HttpResponse<byte[]> xlsx = getBytes("lu.haukeland", "/rapporter/eksport?" + NOVEMBER + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> cells = new ArrayList<>();
            workbook.getSheetAt(0).forEach(r -> r.forEach(c -> cells.add(new DataFormatter().formatCellValue(c))));
            assertThat(cells).startsWith("ForlopsID", "PasientID", "AvdRESH").contains(String.valueOf(made
                    .courseId()), String.valueOf(pid)).noneMatch(c -> c.contains(marker) || c.contains(made
                    .nationalId()) || c.contains(familyName));
        }

        List<Long> exported = jdbc.queryForList("select course_id from audit_event where id > ? and action = "
                + "'REPORT_EXPORT' and username = 'lu.haukeland' and pid is not null", Long.class, before);
        assertThat(exported).contains(made.courseId()).hasSize(2 * rows.size());
    }

    @Test
    void eachUnitExportsItsOwnCourses_scTheNationalOnes_othersAreRefused() throws Exception {
        ReportFixtures.Made national = ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null);
        ReportFixtures.Made local = ReportFixtures.type1(this, "lu.haukeland", HAUKELAND);

        List<String> haukeland = courseIds(get("lc.haukeland", "/rapporter/eksport?" + NOVEMBER).body());
        List<String> ahus = courseIds(get("lu.ahus", "/rapporter/eksport?" + NOVEMBER).body());
        List<String> sc = courseIds(get("sc", "/rapporter/eksport?" + NOVEMBER).body());

        assertThat(haukeland).contains(id(national), id(local));
        assertThat(ahus).doesNotContain(id(national), id(local));
        assertThat(sc).contains(id(national)).doesNotContain(id(local));
        assertThat(get("sekretariat", "/rapporter/eksport?" + NOVEMBER).statusCode()).isEqualTo(403);
        assertThat(get("admin", "/rapporter?" + NOVEMBER).statusCode()).isEqualTo(403);
        assertThat(get("lu.haukeland", "/rapporter/eksport?" + NOVEMBER + "&enhet=" + AHUS).statusCode())
                .isEqualTo(403);
    }

    @Test
    void thePageCountsTheSameCoursesAsTheExport_andScSeesAHospitalTable() throws Exception {
        ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null);

        String page = get("lu.haukeland", "/rapporter?" + NOVEMBER).body();
        int exported = parse(get("lu.haukeland", "/rapporter/eksport?" + NOVEMBER).body()).size();
        assertThat(count(page)).isEqualTo(exported).isPositive();
        assertThat(page).contains("id=\"indicator-1\"", "id=\"indicator-4a\"", "id=\"indicator-QI\"",
                "id=\"eprom-Eval\"", "id=\"report-supervision\"", "id=\"coverage-before\"",
                "id=\"coverage-after\"");

        String national = get("sc", "/rapporter?" + NOVEMBER).body();
        int nationalRows = parse(get("sc", "/rapporter/eksport?" + NOVEMBER).body()).size();
        assertThat(count(national)).isEqualTo(nationalRows);
        assertThat(national).contains("id=\"report-hospitals\"", "id=\"hospital-" + HAUKELAND + "\"");
        assertThat(national).as("coverage needs the unfiltered local data").doesNotContain("id=\"report-coverage\"");
    }

    @Test
    void scMayAskForTenYears_aLongerPeriodIsRefusedAtItsFieldWithWhatWasTyped() throws Exception {
        ReportFixtures.type3(this, "lu.haukeland", HAUKELAND, null);

        HttpResponse<String> tenYears = get("sc", "/rapporter?from=2017-01-01&to=2026-12-31");
        HttpResponse<String> longer = get("sc", "/rapporter?from=2016-12-01&to=2026-12-31");

        assertThat(tenYears.statusCode()).isEqualTo(200);
        assertThat(count(tenYears.body())).isPositive();
        assertThat(longer.statusCode()).isEqualTo(400);
        assertThat(elementText(longer.body(), "from-problem")).isEqualTo("Perioden kan være høyst 10 år.");
        assertThat(longer.body()).contains("value=\"2016-12-01\"").doesNotContain("id=\"report-courses\"");
        assertThat(get("sc", "/rapporter/eksport?from=2016-12-01&to=2026-12-31").statusCode()).isEqualTo(400);
    }

    private static String id(ReportFixtures.Made made) {
        return String.valueOf(made.courseId());
    }

    private static int count(String page) {
        Matcher matcher = COURSES.matcher(page);
        assertThat(matcher.find()).as("course count on the page").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private static List<String> courseIds(String csv) throws Exception {
        return parse(csv).stream().map(r -> r.get("ForlopsID")).toList();
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        assertThat(text).startsWith("ForlopsID;PasientID;AvdRESH;SykehusNavn;");
        return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(request(username, path),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> getBytes(String username, String path) throws Exception {
        return HttpClient.newHttpClient().send(request(username, path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String username, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/html,text/csv,*/*;q=0.8").GET().build();
    }
}
