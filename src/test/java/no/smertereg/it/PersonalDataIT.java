package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * PO (S3): contact details checked against the PO form, a warning without phone and e-mail, "Godta" to go on; a
 * save on an older version names who saved since, and when.
 */
class PersonalDataIT extends IntegrationTest {

    @Test
    void contactDetailsAreCheckedAndMissingOnesNeedAnExplicitAccept() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        JsonNode po = lu.get("/api/courses/" + id + "/personal-data").expect(200).json();
        assertThat(po.path("person").path("inRegistry").asBoolean()).isTrue();
        assertThat(po.path("contact")).isEmpty();
        long version = po.path("version").asLong();

        JsonNode warning = lu.put("/api/courses/" + id + "/personal-data", Map.of("version", version, "answers",
                Map.of("Adrtype", "1"))).expect(400).json();
        assertThat(warning.path("errors").get(0).path("field").asText()).isEqualTo("acceptMissingContact");
        JsonNode badPhone = lu.put("/api/courses/" + id + "/personal-data", Map.of("version", version, "answers",
                Map.of("Telefon", "ring meg"))).expect(400).json();
        assertThat(badPhone.path("errors").get(0).path("field").asText()).isEqualTo("Telefon");

        JsonNode accepted = lu.put("/api/courses/" + id + "/personal-data", Map.of("version", version, "answers",
                Map.of("Adrtype", "1"), "acceptMissingContact", true)).expect(200).json();
        JsonNode saved = lu.put("/api/courses/" + id + "/personal-data", Map.of("version",
                accepted.path("version").asLong(), "answers", Map.of("Telefon", "+47 912 34 567",
                        "Varslingskanal", "SMS"))).expect(200).json();
        assertThat(saved.path("contact").path("Telefon").asText()).isEqualTo("+47 912 34 567");
        assertThat(saved.path("contact").path("Varslingskanal").asText()).isEqualTo("SMS");

        JsonNode stale = as("lc.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", version,
                "answers", Map.of("Telefon", "+47 912 34 568"))).expect(409).json();
        assertThat(stale.path("errors").get(0).path("field").asText()).isEqualTo("version");
        assertThat(stale.path("detail").asText()).as("who saved the contact details since, and when")
                .contains("endret av lu.haukeland").containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}")
                .doesNotContain("912");
        assertThat(lu.get("/api/courses/" + id + "/personal-data").expect(200).json().path("contact")
                .path("Telefon").asText()).as("nothing saved").isEqualTo("+47 912 34 567");
        as("lu.ahus").get("/api/courses/" + id + "/personal-data").expect(404);
    }
}
