package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, O3: the demography table of OPR's annual report, defined in its descriptor, over the baselines of the
 * courses that started in a year (Telemark, 110301, in 2023, a year no other test gives it): N, the answered share,
 * the mean, range and median of a number, each count with its share of N; and the annual tables as a PDF with the same
 * figures. A year out of range is 400 at its field.
 */
class OprDemographyIT extends IntegrationTest {

    private static final String TELEMARK = "110301";
    private static final String LU = "lu.110301";
    private static final LocalDate CONSULTATION = LocalDate.of(2023, 3, 10);

    @Test
    void theDemographyOfTheYearsBaselines_onThePageAndInThePdf() throws Exception {
        ClockUtil.reset();
        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs(LU, "demo");
        List<Map<String, Object>> baselines = List.of(
                Map.of("Aleneboende", "1", "Utdanning", "1", "SmertevarighetAr", 2, "SosialeYtelser_4", true,
                        "Okonomi", "3"),
                Map.of("Aleneboende", "0", "Utdanning", "3", "SmertevarighetAr", 4, "Okonomi", "2"),
                Map.of("Aleneboende", "1", "Utdanning", "3", "SmertevarighetAr", 10, "SosialeYtelser_4", true,
                        "SosialeYtelser_5", true, "Okonomi", "2"),
                Map.of("Aleneboende", "0", "SmertevarighetAr", 20));
        List<Long> pids = new java.util.ArrayList<>();
        for (Map<String, Object> baseline : baselines) {
            long course = registered(lu);
            call(lu, "POST", "/api/courses/" + course + "/patient-forms/BASELINE/paper", baseline);
            pids.add(as(LU).get("/api/courses/" + course).expect(200).json().path("pid").asLong());
        }
        long unanswered = registered(lu);
        assertThat(unanswered).as("a course without a baseline answer is not in the table").isPositive();

        String page = pageAs(LU, "/rapporter?aar=2023");
        assertThat(page).as("the page title names the session's registry").contains(" – OPR</title>");
        assertThat(elementText(page, "descriptive-heading")).contains("N = 4");
        assertThat(cells(page, "descriptive-1")).as("pain duration 2, 4, 10, 20")
                .containsExactly("Varighet av smerter (år)", "4 (100,0 %)", "9,0 (2–20) [7,0]", "");
        assertThat(cells(page, "descriptive-3")).containsExactly("Aleneboende", "4 (100,0 %)", "", "2 (50,0 %)");
        assertThat(cells(page, "descriptive-5")).as("education: one left it out")
                .containsExactly("Utdannelsesnivå", "3 (75,0 %)", "", "");
        assertThat(cells(page, "descriptive-5-2")).containsExactly("Høyskole/universitet", "", "", "2 (50,0 %)");
        assertThat(cells(page, "descriptive-7")).containsExactly("Mottaker av sosiale ytelser", "2 (50,0 %)", "", "");
        assertThat(cells(page, "descriptive-7-3")).containsExactly("Arbeidsavklaringspenger (AAP)", "", "",
                "2 (50,0 %)");
        List<Integer> ages = pids.stream().map(pid -> Period.between(jdbc.queryForObject(
                "select birth_date from patient where pid = ?", LocalDate.class, pid), CONSULTATION).getYears())
                .sorted().toList();
        String ageRange = "(" + ages.get(0) + "–" + ages.get(3) + ")";
        assertThat(cells(page, "descriptive-0").get(2)).as("age at the course's start").contains(ageRange);
        long women = pids.stream().filter(pid -> jdbc.queryForObject("select sex from patient where pid = ?",
                Integer.class, pid) == 2).count();
        assertThat(cells(page, "descriptive-2").get(3)).startsWith(women + " (");

        assertThat(pageAs("rapport.110301", "/rapporter?aar=2023")).as("figures only for a report reader: no ranges "
                + "or small counts of individuals").contains("id=\"defined-indicators\"")
                .doesNotContain("id=\"descriptive\"");

        HttpResponse<byte[]> pdf = lu.getBytes("/rapporter/arstabeller.pdf?fraAar=2023&tilAar=2023");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
        }
        assertThat(text.toString()).contains("Nye pasienter med behandlingsrett").contains("Aleneboende")
                .contains("9,0 (2–20) [7,0]").contains("2 (50,0 %)").contains("N = 4")
                .contains("Årstabeller 2023–2023");

        HttpResponse<String> wrongYear = lu.get("/rapporter/arstabeller.pdf?fraAar=2014&tilAar=2023",
                PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(wrongYear.statusCode()).isEqualTo(400);
        assertThat(wrongYear.body()).contains("fraAar");
    }

    /** The texts of the row's cells (th and td, no markup inside them). */
    private static List<String> cells(String page, String rowId) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*id=\"" + rowId + "\"[^>]*>(.*?)</tr>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("row " + rowId).isTrue();
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<t[hd][^>]*>([^<]*)</t[hd]>")
                .matcher(row.group(1));
        List<String> texts = new java.util.ArrayList<>();
        while (cell.find()) {
            texts.add(org.springframework.web.util.HtmlUtils.htmlUnescape(cell.group(1)).strip());
        }
        return texts;
    }

    private long registered(SessionClient lu) throws Exception {
        JsonNode created = call(lu, "POST", "/api/courses", Map.of("nationalId", nextAdultNationalId(),
                "departmentId", department(TELEMARK, 0)));
        long course = created.path("id").asLong();
        Map<String, Object> answers = new HashMap<>(Map.of("HenvisningsDato", "2023-01-15", "Behandlingsrettkategori",
                "1", "PlanlagtKonsultasjonsDato", CONSULTATION.toString(), "KonsultasjonsDato", CONSULTATION.toString(),
                "DiagnoseICD10", "M54.5", "KognitivSvikt", "0", "Tolkebehov", "0", "Forskningsdeltaker", "0"));
        JsonNode form = call(lu, "GET", "/api/courses/" + course + "/forms/REGISTRERING", null);
        call(lu, "POST", "/api/courses/" + course + "/forms/REGISTRERING/finalise", Map.of("version",
                form.path("version").asLong(), "answers", answers));
        return course;
    }

    private static JsonNode call(SessionClient session, String method, String path, Object body) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        HttpResponse<String> response = session.json(method, path, body == null ? null : json.writeValueAsString(body));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }
}
