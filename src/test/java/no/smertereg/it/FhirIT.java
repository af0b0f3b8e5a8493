package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import ca.uhn.fhir.context.FhirContext;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.forms.FormCatalogue;

/**
 * Issue 21, FHIR forms over HTTP as a system client reads them: only the FHIR token opens {@code /fhir/r4} (not
 * a registry user, not a wrong token), only for reading; the capability statement, every form as a Questionnaire,
 * the search by canonical URL and a form by id, and an OperationOutcome for a form that does not exist.
 */
class FhirIT extends IntegrationTest {

    private static final FhirContext R4 = FhirContext.forR4Cached();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    FormCatalogue catalogue;

    @Test
    void onlyTheFhirClientReads_andOnlyReads() throws Exception {
        assertThat(get("/fhir/r4/Questionnaire", null).statusCode()).isEqualTo(401);
        assertThat(get("/fhir/r4/Questionnaire", "Bearer " + "x".repeat(FHIR_TOKEN.length())).statusCode())
                .isEqualTo(401);
        assertThat(get("/fhir/r4/Questionnaire", "Bearer " + METRICS_TOKEN).statusCode())
                .as("the metrics scraper is no FHIR client").isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(get("/fhir/r4/Questionnaire", basic).statusCode()).as("a registry user is no FHIR client")
                .isEqualTo(401);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/fhir/r4/Questionnaire"))
                .header("Authorization", "Bearer " + FHIR_TOKEN).header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Questionnaire\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as("read only").isEqualTo(405);
    }

    @Test
    void theFormsAreQuestionnaires_listedSearchedAndReadById() throws Exception {
        HttpResponse<String> metadata = get("/fhir/r4/metadata", "Bearer " + FHIR_TOKEN);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("Content-Type")).get().asString().startsWith("application/fhir+json");
        assertThat(R4.newJsonParser().parseResource(CapabilityStatement.class, metadata.body()).getFhirVersion()
                .toCode()).isEqualTo("4.0.1");

        Bundle all = R4.newJsonParser().parseResource(Bundle.class, get("/fhir/r4/Questionnaire",
                "Bearer " + FHIR_TOKEN).body());
        assertThat(all.getTotal()).isEqualTo(catalogue.ids().size());

        HttpResponse<String> to = get("/fhir/r4/Questionnaire/smertereg-to", "Bearer " + FHIR_TOKEN);
        assertThat(to.statusCode()).isEqualTo(200);
        Questionnaire questionnaire = R4.newJsonParser().parseResource(Questionnaire.class, to.body());
        assertThat(questionnaire.getItem()).extracting(i -> i.getLinkId()).contains("Tilsett", "InklKritOppf");

        Bundle byUrl = R4.newJsonParser().parseResource(Bundle.class, get("/fhir/r4/Questionnaire?url="
                + questionnaire.getUrl(), "Bearer " + FHIR_TOKEN).body());
        assertThat(byUrl.getEntry()).singleElement().satisfies(e -> assertThat(e.getFullUrl())
                .isEqualTo(questionnaire.getUrl()));

        HttpResponse<String> unknown = get("/fhir/r4/Questionnaire/no-such-form", "Bearer " + FHIR_TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(R4.newJsonParser().parseResource(OperationOutcome.class, unknown.body()).getIssueFirstRep()
                .getDiagnostics()).contains("no-such-form");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
