package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.course.process.OpenFormTasks;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.SmerteregForms;

/**
 * The worklist reads open form tasks from its own table (ADR 0007), not from the engine: the table follows the
 * engine through a course's life, a correction and a deletion, and the worklist pages in the database.
 */
class WorklistReadModelIT extends IntegrationTest {

    @Autowired
    TaskService tasks;

    @Autowired
    OpenFormTasks openTasks;

    @Test
    void theOpenFormsFollowTheEngineThroughACourseACorrectionAndADeletion() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        assertInStep(id, "TO");
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        assertInStep(id, "B11");
        assertThat(worklistRow(id).path("forms").path("B11").asText()).isEqualTo("NEW");
        assertThat(worklistRow(id).path("forms").path("B12").asText()).isEqualTo("NOT_AVAILABLE");
        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "2"));
        assertInStep(id);

        JsonNode b11 = as("lu.haukeland").get("/api/courses/" + id + "/forms/B11").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B11/unlock", Map.of("version",
                b11.path("version").asLong(), "reason", "Feil smertekategori")).expect(200);
        assertInStep(id, "B11");
        assertThat(worklistRow(id).path("forms").path("B11").asText()).as("a correction is open on the worklist")
                .isEqualTo("IN_PROGRESS");

        long wrong = newCourse("lc.haukeland", HAUKELAND).path("id").asLong();
        assertInStep(wrong, "TO");
        long version = course("lc.haukeland", wrong).path("version").asLong();
        as("lc.haukeland").post("/api/courses/" + wrong + "/deletion", Map.of("version", version, "reason",
                "Feil pasient")).expect(204);
        assertInStep(wrong);
    }

    /** A form added to the diagram after a course was registered has no row on that course: not asked, no error. */
    @Test
    void aCourseWithoutARowOfAColumnsFormShowsItAsNotAsked() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        jdbc.update("delete from form_event where form_instance_id in "
                + "(select id from form_instance where course_id = ? and form_key = 'B21')", id);
        jdbc.update("delete from form_instance where course_id = ? and form_key = 'B21'", id);

        SessionClient session = new SessionClient(port, jdbc);
        session.loginAs("lu.haukeland", "demo");
        assertThat(session.get("/arbeidsliste/utskrift", PermissionMatrixIT.BROWSER_ACCEPT).statusCode())
                .isEqualTo(200);
        var response = session.get("/arbeidsliste", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(response.statusCode()).isEqualTo(200);
        String row = response.body().substring(response.body().indexOf("id=\"course-" + id + "\""));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("aria-label=\"B2.1: Ikke aktuelt\"");
    }

    @Test
    void taskCompletionsFindSubtasksThroughAnIndexTheStockSchemaLacks() {
        assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = "
                + "'act_idx_task_parent_task'", String.class)).singleElement().asString()
                .contains("(parent_task_id_)");
    }

    /**
     * NNRR's "egne uferdige skjema" on the platform: the worklist narrowed to the courses where a clinician form is in
     * draft, saved last by the user, or by anyone of the unit; a course with no draft, or only finalised forms, is
     * not listed. A filter that is neither is 400 naming the parameter.
     */
    @Test
    void theWorklistShowsTheUsersOwnUnfinishedForms_andTheUnits() throws Exception {
        long mine = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        as("lu.haukeland").put("/api/courses/" + mine + "/forms/TO/draft", Map.of("version", 0, "answers",
                Map.of("HenvistDato", "2026-11-10"))).expect(200);
        long colleagues = newCourse("lc.haukeland", HAUKELAND).path("id").asLong();
        as("lc.haukeland").put("/api/courses/" + colleagues + "/forms/TO/draft", Map.of("version", 0, "answers",
                Map.of("HenvistDato", "2026-11-11"))).expect(200);
        long untouched = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long finalised = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", finalised, "TO", toType1NotSeen());

        assertThat(listed("lu.haukeland", "mine")).contains(mine).doesNotContain(colleagues, untouched, finalised);
        assertThat(listed("lc.haukeland", "mine")).contains(colleagues).doesNotContain(mine, untouched, finalised);
        assertThat(listed("lu.haukeland", "unit")).contains(mine, colleagues).doesNotContain(untouched, finalised);
        assertThat(listed("lu.haukeland", null)).contains(mine, colleagues, untouched);
        JsonNode refused = as("lu.haukeland").get("/api/worklist?unfinished=gamle").expect(400).json();
        assertThat(refused.path("errors").findValuesAsText("field")).containsExactly("unfinished");

        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs("lu.haukeland", "demo");
        String page = lu.get("/arbeidsliste/mine-uferdige", PermissionMatrixIT.BROWSER_ACCEPT).body();
        assertThat(page).contains("Mine uferdige skjema", "/forlop/" + mine + "/")
                .doesNotContain("/forlop/" + colleagues + "/", "/forlop/" + untouched + "/");
        assertThat(page).as("sorting stays in the view").contains("/arbeidsliste/mine-uferdige?sort=");
    }

    private java.util.List<Long> listed(String username, String unfinished) {
        JsonNode rows = as(username).get("/api/worklist?size=500" + (unfinished == null ? "" : "&unfinished="
                + unfinished)).expect(200).json();
        java.util.List<Long> ids = new java.util.ArrayList<>();
        rows.forEach(r -> ids.add(r.path("courseId").asLong()));
        return ids;
    }

    @Test
    void theWorklistIsPagedAndCountedAndRefusesAPageOutOfRangeNamingTheParameter() {
        newCourse("lu.haukeland", HAUKELAND);
        newCourse("lu.haukeland", HAUKELAND);
        Api.Response first = as("lu.haukeland").get("/api/worklist?size=1&page=0").expect(200);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first.json()).hasSize(1);
        JsonNode second = as("lu.haukeland").get("/api/worklist?size=1&page=1").expect(200).json();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).path("courseId").asLong()).isNotEqualTo(first.json().get(0).path("courseId")
                .asLong());
        Api.Response beyond = as("lu.haukeland").get("/api/worklist?size=1&page=" + total).expect(200);
        assertThat(beyond.json()).isEmpty();
        assertThat(beyond.header("X-Total-Count")).as("the count, also past the last page").isEqualTo(
                String.valueOf(total));

        assertThat(as("lu.haukeland").get("/api/worklist?size=0").expect(400).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("size");
        assertThat(as("lu.haukeland").get("/api/worklist?size=501").expect(400).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("size");
        assertThat(as("lu.haukeland").get("/api/worklist?page=-1").expect(400).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("page");
        assertThat(as("lu.haukeland").get("/api/worklist?page=first").expect(400).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("page");
    }

    private JsonNode worklistRow(long courseId) {
        for (JsonNode row : as("lu.haukeland").get("/api/worklist?size=500").expect(200).json()) {
            if (row.path("courseId").asLong() == courseId) {
                return row;
            }
        }
        throw new AssertionError("course " + courseId + " is not on the worklist");
    }

    @Test
    void rowsFromBeforeTheInstanceColumnsAreCompletedFromTheEngineAtStart() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "2"));
        JsonNode b11 = as("lu.haukeland").get("/api/courses/" + id + "/forms/B11").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B11/unlock", Map.of("version",
                b11.path("version").asLong(), "reason", "Feil smertekategori")).expect(200);
        jdbc.update("update open_form_task set process_instance_id = null, correction = false where course_id = ?", id);
        jdbc.update("insert into open_form_task (task_id, course_id, form_key) values ('gone-before-v11', ?, 'B12')",
                id);

        assertThat(openTasks.completeFromEngine()).isGreaterThanOrEqualTo(1);

        assertInStep(id, "B11");
        assertThat(jdbc.queryForList("select correction from open_form_task where course_id = ?", Boolean.class, id))
                .as("the open B11 task is the correction's").containsExactly(true);
    }

    private void assertInStep(long courseId, String... open) {
        List<String> readModel = jdbc.queryForList("select form_key || ' ' || task_id || ' ' || process_instance_id "
                + "|| ' ' || correction from open_form_task where course_id = ?", String.class, courseId);
        List<String> engine = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(courseId))
                .initializeFormKeys().list().stream().filter(t -> t.getCamundaFormRef() != null)
                .flatMap(t -> SmerteregForms.DEFINITIONS.ofFormId(t.getCamundaFormRef().getKey()).stream()
                        .map(key -> key.code() + " " + t.getId() + " " + t.getProcessInstanceId() + " "
                                + t.getProcessDefinitionId().startsWith("form-correction:")))
                .toList();
        assertThat(engine).as("the engine's open form tasks").extracting(task -> task.split(" ")[0])
                .containsExactlyInAnyOrder(open);
        assertThat(readModel).as("the read model: the engine's tasks, instances and correction flags")
                .containsExactlyInAnyOrderElementsOf(engine);
    }
}
