package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Issue 6 (R-rules on personal data): after a whole course - PO with phone and e-mail, every form finalised, a
 * comment, an unlock with a reason and a paper patient form - no table of the engine (history, runtime, byte arrays)
 * holds the patient's identity number, name, phone or e-mail. The engine carries ids and routing facts only.
 */
class EngineHistoryPrivacyIT extends IntegrationTest {

    /** A name is matched as a whole word ("Anne" is not in "Annet"); numbers and addresses anywhere. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}-]+");

    @Test
    void afterAWholeCourseTheEngineTablesHoldNoIdentityNumberNameOrContact() {
        String nationalId = nextSyntheticNationalId();
        Api lu = as("lu.haukeland");
        long id = lu.post("/api/courses", Map.of("nationalId", nationalId, "departmentId", department(HAUKELAND, 0)))
                .expect(201).json().path("id").asLong();
        JsonNode po = lu.get("/api/courses/" + id + "/personal-data").expect(200).json();
        String email = "personvern" + id + "@example.invalid";
        String phone = "+47 913 " + String.format("%02d %03d", id % 100, id % 1000);
        lu.put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version").asLong(), "answers",
                Map.of("Telefon", phone, "Epost", email, "Varslingskanal", "SMS"))).expect(200);

        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "2", "DiagKatLangvarig", "4", "TidligereRus", "0",
                "PaagaaRus", "0", "LAR", "0", "Opioid4a", true));
        finalise("lu.haukeland", id, "B12", Map.of("AngiNRS12", "0", "Funksjon12", "4"));
        finalise("lu.haukeland", id, "B21", Map.of("AngiNRS21", "0", "Funksjon21", "4"));
        JsonNode b22 = lu.get("/api/courses/" + id + "/forms/B22").expect(200).json();
        lu.put("/api/courses/" + id + "/forms/B22/comment", Map.of("version", b22.path("version").asLong(),
                "comment", "Ring " + po.path("person").path("givenName").asText())).expect(200);
        finalise("lu.haukeland", id, "B22", Map.ofEntries(Map.entry("SluttDato", "2026-11-20"),
                Map.entry("Lege", true), Map.entry("AntTilsLege", 2), Map.entry("AntPasTils", 4),
                Map.entry("IkkeMedBeh", "1"), Map.entry("PSBeh", "1"), Map.entry("VidereOppf", "1"),
                Map.entry("BehNedtrappAvsluttTils", "1"), Map.entry("Journalnotat", true),
                Map.entry("OppfSmeKl", "0")));
        JsonNode to = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Feil dato for " + nationalId)).expect(200);
        lu.post("/api/courses/" + id + "/patient-forms/PASREG/paper", Map.of("PRSpm1", "2", "PRSpm2", "3",
                "PRSpm3", "4", "PRSpm4", "0", "PRSpm5", "3", "PRSpm6", "1")).expect(200);

        String givenName = po.path("person").path("givenName").asText();
        String familyName = po.path("person").path("familyName").asText();
        List<String> found = new ArrayList<>();
        for (String secret : List.of(nationalId, givenName, familyName, email, phone.replace(" ", ""), phone)) {
            found.addAll(textColumnsHolding(secret));
            if (byteArraysHolding(secret) > 0) {
                found.add("act_ge_bytearray.bytes_ holds " + secret);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Long.class,
                String.valueOf(id))).as("the course's history is there to scan").isPositive();
        assertThat(textColumnsHolding("smertereg-course")).as("the scan reads the engine's text columns").isNotEmpty();
        assertThat(textColumnsHolding("tilleggsopplysninger")).as("and finds whole words (the TO task's name)")
                .isNotEmpty();
        assertThat(found).as("personal data in the engine's tables").isEmpty();
    }

    private List<String> textColumnsHolding(String secret) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = current_schema() and (table_name like 'act\\_hi\\_%' "
                + "or table_name like 'act\\_ru\\_%') and data_type in ('character varying', 'text')");
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            Long hits = NAME.matcher(secret).matches()
                    ? jdbc.queryForObject("select count(*) from " + table + " where " + name + " ~ ?", Long.class,
                            "\\m" + secret + "\\M")
                    : jdbc.queryForObject("select count(*) from " + table + " where " + name + " like ?",
                            Long.class, "%" + secret + "%");
            if (hits != null && hits > 0) {
                found.add(table + "." + name + " holds " + secret);
            }
        }
        return found;
    }

    /** Variables, job and incident details; not the deployed BPMN and form files, whose texts say e.g. "Annet". */
    private long byteArraysHolding(String secret) {
        return jdbc.queryForObject("select count(*) from act_ge_bytearray where deployment_id_ is null and "
                + "position(convert_to(?, 'UTF8') in bytes_) > 0", Long.class, secret);
    }
}
