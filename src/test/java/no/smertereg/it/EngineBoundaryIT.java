package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * What reaches the engine from outside the registry's API (Tasklist, /engine-rest) passes the same rules: no
 * unchecked completion, no extra variables or comments, drafts kept, corrections close the course again.
 */
class EngineBoundaryIT extends IntegrationTest {

    @Test
    void aCompletionThatClaimsToBeStoredOrRoutesItselfIsRefused() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        String task = taskId(lu, id, "UserTask_TO");

        Api.Response refused = lu.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
                "storedByRegistry", Map.of("value", true), "courseType", Map.of("value", 1))));
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.json().path("message").asText()).contains("storedByRegistry", "courseType");
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").json().path("status").asText()).isEqualTo("NEW");

        Api.Response extra = lu.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
                "Pasientnavn", Map.of("value", "Ola Nordmann"))));
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().path("message").asText()).contains("Pasientnavn");

        Api.Response object = lu.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
                "Tilsett", Map.of("value", "{}", "type", "Object", "valueInfo", Map.of("objectTypeName",
                        "java.util.HashMap", "serializationDataFormat", "application/json")))));
        assertThat(object.status()).isEqualTo(400);

        Api.Response error = lu.post("/engine-rest/task/" + task + "/bpmnError", Map.of("errorCode", "SKIP"));
        assertThat(error.status()).isBetween(400, 499);
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").json().path("status").asText()).isEqualTo("NEW");
        assertThat(taskId(lu, id, "UserTask_TO")).isEqualTo(task);
    }

    /** Issue 16, class 6: the engine's REST API reads JSON its own way; the form validator refuses the NUL. */
    @Test
    void aControlCharacterInATextAnswerFromTasklistIs400NamingTheField_andNothingIsStored() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        String task = taskId(lu, id, "UserTask_B11");
        Map<String, Object> answers = Map.of("SmerteKat", Map.of("value", "4"), "TidligereRus", Map.of("value", "0"),
                "PaagaaRus", Map.of("value", "0"), "LAR", Map.of("value", "0"));
        Map<String, Object> withNul = new HashMap<>(answers);
        withNul.put("InnlDiag", Map.of("value", "Rygg\u0000smerter"));

        Api.Response refused = lu.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", withNul));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText())
                .contains("InnlDiag: Innleggelsesdiagnose (ICD-10): inneholder et kontrolltegn").doesNotContain("Rygg");
        JsonNode b11 = lu.get("/api/courses/" + id + "/forms/B11").expect(200).json();
        assertThat(b11.path("status").asText()).isEqualTo("NEW");
        assertThat(b11.path("answers").isEmpty()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ in ('InnlDiag', "
                + "'SmerteKat')", Long.class)).isZero();
        assertThat(taskId(lu, id, "UserTask_B11")).isEqualTo(task);

        withNul.put("InnlDiag", Map.of("value", "Rygg\r\nNakke\tsmerter"));
        lu.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", withNul)).expect(204);
        assertThat(lu.get("/api/courses/" + id + "/forms/B11").json().path("answers").path("InnlDiag").asText())
                .isEqualTo("Rygg\r\nNakke\tsmerter");
    }

    @Test
    void aTypeChangingToCorrectionMustBeMadeInTheRegistry_otherCorrectionsWorkInTasklist() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        JsonNode to = lu.get("/api/courses/" + id + "/forms/TO").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Ble tilsett likevel")).expect(200);
        String correction = taskId(lu, id, "UserTask_CorrectForm");

        Api.Response refused = lu.post("/engine-rest/task/" + correction + "/submit-form", Map.of("variables",
                Map.of("Tilsett", Map.of("value", "1"), "InklKritOppf", Map.of("value", "0"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("Tilsett", "registeret");
        assertThat(lu.get("/api/courses/" + id + "/forms/TO").json().path("status").asText())
                .isEqualTo("IN_PROGRESS");

        lu.post("/engine-rest/task/" + correction + "/submit-form", Map.of("variables",
                Map.of("HenvistDato", Map.of("value", "2026-11-15"), "Tilsett", Map.of("value", "2")))).expect(204);
        JsonNode corrected = lu.get("/api/courses/" + id + "/forms/TO").json();
        assertThat(corrected.path("status").asText()).isEqualTo("FINALISED");
        assertThat(corrected.path("answers").path("HenvistDato").asText()).isEqualTo("2026-11-15");
        assertThat(course("lu.haukeland", id).path("courseType").asInt()).isEqualTo(1);
    }

    @Test
    void engineCommentsAreRefused_internalCommentsBelongToTheForm() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        String task = taskId(as("lu.haukeland"), id, "UserTask_TO");

        Api.Response comment = as("lu.haukeland").post("/engine-rest/task/" + task + "/comment/create",
                Map.of("message", "Pasienten Ola N. er urolig"));
        assertThat(comment.status()).isBetween(400, 499);
        assertThat(jdbc.queryForObject("select count(*) from act_hi_comment", Long.class)).isZero();
    }

    @Test
    void tasklistCompletionKeepsTheSavedDraft_andACorrectionInTasklistClosesTheCourseAgain() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        Api lu = as("lu.haukeland");
        lu.put("/api/courses/" + id + "/forms/TO/draft", Map.of("version", 0, "answers", Map.of(
                "HenvistDato", "2026-11-02", "StartdatoTO", "2026-11-03", "TelefonCalling", true))).expect(200);

        lu.post("/engine-rest/task/" + taskId(lu, id, "UserTask_TO") + "/submit-form", Map.of("variables",
                Map.of("Tilsett", Map.of("value", "5"), "HenvistDato", Map.of("value", ""),
                        "TelefonCalling", Map.of("value", false), "Tilsynsanmodnin", Map.of("value", false))))
                .expect(204);
        for (String table : new String[] {"act_ru_variable", "act_hi_varinst", "act_hi_detail"}) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where name_ in ('Tilsett', "
                    + "'TelefonCalling', 'HenvistDato')", Long.class)).as(table).isZero();
        }
        JsonNode to = lu.get("/api/courses/" + id + "/forms/TO").expect(200).json();
        assertThat(to.path("status").asText()).isEqualTo("FINALISED");
        assertThat(to.path("answers").path("HenvistDato").asText()).isEqualTo("2026-11-02");
        assertThat(to.path("answers").path("TelefonCalling").asBoolean()).isTrue();
        assertThat(course("lu.haukeland", id).path("courseType").asInt()).isEqualTo(1);

        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "4", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "0"));
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("COMPLETED");
        JsonNode b11 = lu.get("/api/courses/" + id + "/forms/B11").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B11/unlock", Map.of("version",
                b11.path("version").asLong(), "reason", "Feil kategori")).expect(200);
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("ACTIVE");

        lu.post("/engine-rest/task/" + taskId(lu, id, "UserTask_CorrectForm") + "/submit-form", Map.of("variables",
                Map.of("SmerteKat", Map.of("value", "1")))).expect(204);
        assertThat(lu.get("/api/courses/" + id + "/forms/B11").json().path("answers").path("SmerteKat").asText())
                .isEqualTo("1");
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aCourseWhoseFormsWereOnceFinalisedCannotBeDeletedAfterUnlocking() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        JsonNode to = as("lc.haukeland").get("/api/courses/" + id + "/forms/TO").json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Vil slette")).expect(200);

        JsonNode course = course("lc.haukeland", id);
        JsonNode refused = as("lc.haukeland").post("/api/courses/" + id + "/deletion", Map.of("version",
                course.path("version").asLong(), "reason", "Feil pasient")).expect(409).json();
        assertThat(refused.path("detail").asText()).contains("ferdigstilt");
    }

}
