package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Bad input answers 400 naming the field, a stale write 409, and nothing already saved is lost. */
class BadInputIT extends IntegrationTest {

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
}
