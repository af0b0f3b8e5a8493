package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Bad input answers 400 naming the field, a stale write 409, and nothing already saved is lost. Issue 16 (class 6):
 * malformed JSON, coerced types and control characters are refused at the field, never as a 500, and store nothing.
 */
class BadInputIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void badIdentityNumbersAre400NamingTheField() {
        Api lu = as("lu.haukeland");
        String valid = nextSyntheticNationalId();
        String wrongCheckDigit = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);

        for (String bad : new String[] {"123", "0101011234x", wrongCheckDigit, "01010112345"}) {
            JsonNode problem = lu.post("/api/patients/lookup", Map.of("nationalId", bad)).expect(400).json();
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("nationalId");
            assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
        }
        lu.post("/api/courses", Map.of("nationalId", wrongCheckDigit, "departmentId", department(HAUKELAND, 0)))
                .expect(400);
        assertThat(lu.post("/api/courses", Map.of("departmentId", department(HAUKELAND, 0))).expect(400).json()
                .path("errors").get(0).path("field").asText()).isEqualTo("nationalId");
    }

    @Test
    void nrs11AndUnknownCodesAre400_andTheSavedDraftIsKept() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        JsonNode draft = lu.put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", 0, "answers",
                Map.of("HenvistDato", "2026-11-10", "Tilsett", "1"))).expect(200).json();

        JsonNode unknownCode = lu.put("/api/courses/" + id + "/forms/TO/draft", Map.of("version",
                draft.path("version").asLong(), "answers", Map.of("Tilsett", "7"))).expect(400).json();
        assertThat(unknownCode.path("errors").get(0).path("field").asText()).isEqualTo("Tilsett");
        assertThat(unknownCode.path("errors").get(0).path("message").asText()).contains("1, 2, 3, 4, 5, 6");

        JsonNode kept = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json();
        assertThat(kept.path("version").asLong()).isEqualTo(draft.path("version").asLong());
        assertThat(kept.path("answers").path("HenvistDato").asText()).isEqualTo("2026-11-10");
        assertThat(kept.path("status").asText()).isEqualTo("IN_PROGRESS");

        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        JsonNode nrs = lu.put("/api/courses/" + id + "/forms/B12/draft", Map.of("version", 0, "answers",
                Map.of("AngiNRS12", "1", "StSmRo12", 11))).expect(400).json();
        assertThat(nrs.path("errors").findValuesAsText("field")).containsExactly("StSmRo12");

        JsonNode finaliseMissing = lu.post("/api/courses/" + id + "/forms/B12/finalise", Map.of("version", 0,
                "answers", Map.of("AngiNRS12", "1"))).expect(400).json();
        assertThat(finaliseMissing.path("errors").findValuesAsText("field")).contains("StSmRo12", "SvSmRo12",
                "StSmBev12", "SvSmBev12", "AkseptabelSmerte12", "Funksjon12");
        lu.put("/api/courses/" + id + "/forms/B12/draft", Map.of("version", 0, "answers",
                Map.of("Pasientnavn", "Ola"))).expect(400);
    }

    @Test
    void aPatientFormTheDiagramDoesNotCallIs400NamingTheFieldAndTheFormsItCalls() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode problem = as("lu.haukeland").post("/api/courses/" + id + "/patient-forms/NOPE/paper",
                Map.of("X", "1")).expect(400).json();
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("form");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("PASREG", "HADS", "EVAL",
                "OPIOID");
    }

    @Test
    void aWriteOnAStaleVersionIs409_andTheFirstWriteSurvives() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode to = as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").expect(200).json();
        long read = to.path("version").asLong();

        as("lu.haukeland").put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", read, "answers",
                Map.of("Tilsett", "1"))).expect(200);
        JsonNode conflict = as("lc.haukeland").put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", read,
                "answers", Map.of("Tilsett", "2"))).expect(409).json();
        assertThat(conflict.path("detail").asText()).isNotBlank();

        assertThat(as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").json().path("answers")
                .path("Tilsett").asText()).isEqualTo("1");
    }

    @Test
    void malformedBodiesMissingVersionsAndUnknownIdsAreClearErrors() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        RestClient raw = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("lu.haukeland", "demo")).build();
        int status = raw.put().uri("/api/courses/" + id + "/forms/TO/draft").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).body("{\"version\": 0, \"answers\": [")
                .exchange((req, res) -> res.getStatusCode().value());
        assertThat(status).isEqualTo(400);

        JsonNode noVersion = as("lu.haukeland").put("/api/courses/" + id + "/forms/TO/draft",
                Map.of("answers", Map.of())).expect(400).json();
        assertThat(noVersion.path("errors").get(0).path("field").asText()).isEqualTo("version");

        as("lu.haukeland").get("/api/courses/99999999").expect(404);
        as("lu.haukeland").get("/api/courses/" + id + "/forms/B9").expect(404);
        as("lu.haukeland").get("/api/courses/abc").expect(400);
    }

    @Test
    void answersInBokmaalByDefault() {
        JsonNode problem = as("lu.haukeland").post("/api/patients/lookup", Map.of("nationalId", "123")).json();
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("11 siffer");
    }

    @Test
    void answersInEnglishWhenTheClientAsksForIt() {
        JsonNode problem = as("lu.haukeland").inLanguage("en").post("/api/patients/lookup", Map.of("nationalId",
                "123")).expect(400).json();
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("11 digits");
    }

    @Test
    void aPropertyGivenTwiceIs400NamingIt_andChangesNothing() {
        Api lu = as("lu.haukeland");
        Api lc = as("lc.haukeland");
        long national = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", national, "TO", toType3WithConsent());
        long fresh = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long to = lu.get("/api/courses/" + national + "/forms/TO").expect(200).json().path("version").asLong();
        long course = lc.get("/api/courses/" + fresh).expect(200).json().path("version").asLong();
        String forms = "/api/courses/" + national + "/patient-forms";
        String patientForms = lu.get(forms).expect(200).json().toString();

        assertField(lu.post("/api/patients/lookup", "{\"nationalId\":\"x\",\"nationalId\":\"y\"}"), "nationalId");
        assertField(lu.put("/api/courses/" + national + "/forms/TO/comment", "{\"version\":" + to
                + ",\"comment\":\"Ring\",\"comment\":\"Ikke ring\"}"), "comment");
        assertField(lc.post("/api/courses/" + national + "/forms/TO/unlock", "{\"version\":" + to
                + ",\"reason\":\"Feil dato\",\"reason\":\"Feil dato\"}"), "reason");
        assertField(lc.post("/api/courses/" + fresh + "/deletion", "{\"version\":" + course
                + ",\"reason\":\"Feil pasient\",\"reason\":\"Feil pasient\"}"), "reason");
        assertField(lu.post(forms + "/PASREG/stop", "{\"reason\":4,\"reason\":3}"), "reason");
        assertField(lu.post(forms + "/closure", "{\"reason\":4,\"reason\":4}"), "reason");

        JsonNode form = lu.get("/api/courses/" + national + "/forms/TO").expect(200).json();
        assertThat(form.path("internalComment").isNull()).isTrue();
        assertThat(form.path("status").asText()).isEqualTo("FINALISED");
        assertThat(form.path("version").asLong()).isEqualTo(to);
        assertThat(lc.get("/api/courses/" + fresh).expect(200).json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(lu.get(forms).expect(200).json().toString()).isEqualTo(patientForms);
    }

    @Test
    void valuesOfAnotherTypeAreNotCoerced_andTheRefusalNamesTheField() {
        Api lu = as("lu.haukeland");
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long to = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json().path("version").asLong();
        long po = lu.get("/api/courses/" + id + "/personal-data").expect(200).json().path("version").asLong();
        long courses = jdbc.queryForObject("select count(*) from course", Long.class);

        assertField(lu.post("/api/courses", "{\"nationalId\":\"" + nextSyntheticNationalId()
                + "\",\"departmentId\":" + department(HAUKELAND, 0) + ".5}"), "departmentId");
        assertField(lu.put("/api/courses/" + id + "/personal-data", "{\"version\":" + po
                + ",\"answers\":{},\"acceptMissingContact\":1}"), "acceptMissingContact");
        assertField(lu.put("/api/courses/" + id + "/forms/TO/comment", "{\"version\":" + to + ",\"comment\":5}"),
                "comment");
        assertField(lu.put("/api/courses/" + id + "/forms/TO/comment", "{\"version\":\"" + to
                + "\",\"comment\":\"Ring\"}"), "version");
        JsonNode typed = assertField(lu.inLanguage("en").post("/api/patients/lookup",
                "{\"nationalId\":12345678901}"), "nationalId");
        assertThat(typed.path("errors").get(0).path("message").asText())
                .isEqualTo("Wrong data type: this must be text.");
        assertField(as("admin").post("/api/demo/clock", "{\"at\":\"i morgen kl. 16.30\"}"), "at");
        assertField(lu.get("/api/units/" + HAUKELAND + "/dispatch-preview?date=2026-13-01"), "date");

        assertThat(jdbc.queryForObject("select count(*) from course", Long.class)).isEqualTo(courses);
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").expect(200).json().path("internalComment").isNull())
                .isTrue();
    }

    @Test
    void controlCharactersAreRefusedInTextAnswersAndNames_tabsAndLineBreaksAreKept() throws Exception {
        Api lu = as("lu.haukeland");
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long to = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json().path("version").asLong();
        long department = department(HAUKELAND, 0);
        String name = as("admin").get("/api/units/" + HAUKELAND).expect(200).json().path("departments")
                .findValuesAsText("name").get(0);

        assertField(lu.put("/api/courses/" + id + "/forms/TO/comment", Map.of("version", to, "comment",
                "Ring\u0000 pasienten")), "comment");
        assertField(lu.put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", to, "answers",
                Map.of("HenvistDato", "2026-11-10\u0000"))), "answers.HenvistDato");
        assertField(as("admin").put("/api/units/" + HAUKELAND + "/departments/" + department, Map.of("name",
                "Smerte\u0000klinikk", "shortName", "SMK")), "name");
        SessionClient browser = new SessionClient(port, jdbc);
        browser.loginAs("lu.haukeland", "demo");
        JsonNode query = JSON.readTree(browser.get("/api/worklist?unit=" + HAUKELAND + "%00", "application/json")
                .body());
        assertThat(query.path("errors").findValuesAsText("field")).containsExactly("unit");
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").json().path("version").asLong()).isEqualTo(to);
        assertThat(as("admin").get("/api/units/" + HAUKELAND).json().path("departments").findValuesAsText("name"))
                .contains(name);

        String text = "Ring pasienten\r\netter kl. 12:\tmandag";
        JsonNode saved = lu.put("/api/courses/" + id + "/forms/TO/comment", Map.of("version", to, "comment", text))
                .expect(200).json();
        assertThat(saved.path("internalComment").asText()).isEqualTo(text);
    }

    @Test
    void onThePagesAControlCharacterIsA400PageNamingTheField_andNothingIsSaved() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long to = as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").expect(200).json().path("version")
                .asLong();
        SessionClient browser = new SessionClient(port, jdbc);
        browser.loginAs("lu.haukeland", "demo");

        HttpResponse<String> comment = browser.post("/forlop/" + id + "/skjema/TO/kommentar", Map.of("version",
                String.valueOf(to), "comment", "Ring\u0000 pasienten"));
        assertThat(comment.statusCode()).isEqualTo(400);
        assertThat(comment.body()).contains("«comment»");
        assertThat(as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").json().path("internalComment")
                .isNull()).isTrue();

        SessionClient stranger = new SessionClient(port, jdbc);
        assertThat(stranger.post("/login", Map.of("username", "lu.haukeland\u0000", "password", "demo"))
                .statusCode()).isEqualTo(400);
        assertThat(stranger.post("/pasient", Map.of("code", "AAAA\u0000BBBB", "birthDate", "1970-01-01"))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void aFormPostOverTheSizeLimitIs413_alsoWhenSentChunked() throws Exception {
        byte[] form = ("fullName=" + "x".repeat(1024 * 1024 + 1)).getBytes(StandardCharsets.UTF_8);
        SessionClient browser = new SessionClient(port, jdbc);
        assertThat(browser.send("POST", "/soknad", HttpRequest.BodyPublishers.ofByteArray(form),
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(413);
        assertThat(browser.send("POST", "/soknad", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(form)), "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(413);
    }

    @Test
    void aChunkedPutFormOverTheSizeLimitIs413NamingTheBody_beforeLogin() throws Exception {
        byte[] form = ("Epost=" + "x".repeat(1024 * 1024 + 1)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = new SessionClient(port, jdbc).send("PUT", "/api/courses/1/personal-data",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form)),
                "application/x-www-form-urlencoded");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).path("errors").findValuesAsText("field")).containsExactly("body");
    }

    @Test
    void aBodyThatIsNotJsonIs415NamingTheBody() {
        RestClient raw = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(h -> h.setBasicAuth("lu.haukeland", "demo")).build();
        JsonNode problem = raw.post().uri("/api/patients/lookup").contentType(MediaType.TEXT_PLAIN)
                .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE).body("nationalId=123")
                .exchange((req, res) -> {
                    assertThat(res.getStatusCode().value()).isEqualTo(415);
                    return JSON.readTree(res.getBody());
                });
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("body");
    }

    private static JsonNode assertField(Api.Response response, String field) {
        JsonNode problem = response.expect(400).json();
        assertThat(problem.path("errors").findValuesAsText("field")).as(problem.toString()).containsExactly(field);
        assertThat(problem.path("errors").get(0).path("message").asText()).isNotBlank();
        return problem;
    }
}
