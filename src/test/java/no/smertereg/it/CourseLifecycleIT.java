package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/** A SmerteReg course from registration to its last clinician form, through the API and through Tasklist's REST. */
class CourseLifecycleIT extends IntegrationTest {

    /** A course's pathways; an access application or a reservation with the same number shares the business key. */
    private static final String COURSE_PATHWAYS = "proc_def_key_ in ('smertereg-course', 'form-correction', "
            + "'patient-form')";

    @Test
    void type3Course_registeredFinalisedThroughTheApiAndTasklist_keepsAnswersOutOfTheEngine() {
        String nationalId = nextSyntheticNationalId();
        Api lu = as("lu.haukeland");

        JsonNode lookup = lu.post("/api/patients/lookup", Map.of("nationalId", nationalId)).expect(200).json();
        assertThat(lookup.path("person").path("inRegistry").asBoolean()).isFalse();
        JsonNode course = lu.post("/api/courses", Map.of("nationalId", nationalId, "departmentId",
                department(HAUKELAND, 1))).expect(201).json();
        long id = course.path("id").asLong();
        assertThat(course.path("unitResh").asText()).isEqualTo(HAUKELAND);
        assertThat(course.path("registryId").asText()).as("the registry it belongs to, for good").isEqualTo("smertereg");
        assertThat(jdbc.queryForObject("select p.key_ from act_ru_execution e join act_re_procdef p on p.id_ = "
                + "e.proc_def_id_ where e.id_ = ?", String.class, course.path("processInstanceId").asText()))
                .as("its registry's course diagram").isEqualTo("smertereg-course");
        assertThat(course.path("courseType").isNull()).isTrue();
        assertThat(states(course)).containsEntry("TO", "NEW").containsEntry("B11", "NOT_AVAILABLE")
                .containsEntry("B22", "NOT_AVAILABLE");

        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        course = course("lu.haukeland", id);
        assertThat(course.path("courseType").asInt()).isEqualTo(3);
        assertThat(course.path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(states(course)).containsEntry("TO", "FINALISED").containsEntry("B11", "NEW")
                .containsEntry("B12", "NEW").containsEntry("B21", "NEW").containsEntry("B22", "NEW");

        JsonNode known = lu.post("/api/patients/lookup", Map.of("nationalId", nationalId)).expect(200).json();
        assertThat(known.path("person").path("inRegistry").asBoolean()).isTrue();
        assertThat(known.path("courses").findValuesAsText("id")).contains(String.valueOf(id));

        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "2", "DiagKatLangvarig", "4",
                "TidligereRus", "0", "PaagaaRus", "0", "LAR", "0", "Opioid4a", true));

        String b12Task = taskId(lu, id, "UserTask_B12");
        lu.post("/engine-rest/task/" + b12Task + "/submit-form", Map.of("variables", Map.of(
                "AngiNRS12", Map.of("value", "1"), "StSmRo12", Map.of("value", "7"),
                "SvSmRo12", Map.of("value", "3"), "StSmBev12", Map.of("value", "9"),
                "SvSmBev12", Map.of("value", "99"), "AkseptabelSmerte12", Map.of("value", "0"),
                "Funksjon12", Map.of("value", "2")))).expect(204);
        JsonNode b12 = lu.get("/api/courses/" + id + "/forms/B12").expect(200).json();
        assertThat(b12.path("status").asText()).isEqualTo("FINALISED");
        assertThat(b12.path("finalisedBy").asText()).isEqualTo("lu.haukeland");
        assertThat(b12.path("answers").path("SvSmBev12").asText()).isEqualTo("99");

        String b21Task = taskId(lu, id, "UserTask_B21");
        Api.Response refused = lu.post("/engine-rest/task/" + b21Task + "/submit-form", Map.of("variables",
                Map.of("AngiNRS21", Map.of("value", "1"), "StSmRo21", Map.of("value", "11"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("StSmRo21", "SvSmRo21", "Funksjon21");
        assertThat(states(course("lu.haukeland", id))).containsEntry("B21", "NEW");

        finalise("lu.haukeland", id, "B21", Map.of("AngiNRS21", "0", "Funksjon21", "4"));
        finalise("lu.haukeland", id, "B22", Map.ofEntries(Map.entry("SluttDato", "2026-11-20"),
                Map.entry("Lege", true), Map.entry("AntTilsLege", 2), Map.entry("SykPleier", true),
                Map.entry("AntTilsSykPleier", 3), Map.entry("AntPasTils", 4), Map.entry("IkkeMedBeh", "1"),
                Map.entry("PSBeh", "1"), Map.entry("VidereOppf", "1"), Map.entry("BehNedtrappAvsluttTils", "1"),
                Map.entry("Journalnotat", true), Map.entry("OppfSmeKl", "0")));

        course = course("lu.haukeland", id);
        assertThat(states(course).values()).containsOnly("FINALISED");
        assertThat(course.path("status").asText()).as("the patient-forms track is still open").isEqualTo("ACTIVE");

        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where name_ in ('AngiNRS12',"
                + "'StSmRo12','SvSmBev12','Funksjon12','StSmRo21','AngiNRS21')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ in ('AngiNRS12',"
                + "'StSmRo12','SvSmBev12','Funksjon12','StSmRo21','AngiNRS21')", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where text_ = ? or text2_ = ?",
                Long.class, nationalId, nationalId)).isZero();
        assertThat(jdbc.queryForList("select name_ from act_hi_varinst where proc_inst_id_ = ?", String.class,
                course.path("processInstanceId").asText())).containsOnly("registryId", "unitResh", "legalBasis", "courseType",
                "epromAllowed", "patientReserved");
        String name = known.path("person").path("familyName").asText();
        for (String column : new String[] {"act_hi_procinst.business_key_", "act_hi_procinst.delete_reason_",
                "act_hi_taskinst.name_", "act_hi_taskinst.description_", "act_hi_varinst.text_",
                "act_hi_op_log.org_value_", "act_hi_op_log.new_value_", "act_ru_variable.text_"}) {
            String[] tableColumn = column.split("\\.");
            assertThat(jdbc.queryForObject("select count(*) from " + tableColumn[0] + " where " + tableColumn[1]
                    + " like ? or " + tableColumn[1] + " like ?", Long.class, "%" + nationalId + "%",
                    "%" + name + "%")).as(column).isZero();
        }
    }

    @Test
    void type1Course_opensOnlyB11_completesWhenB11IsFinalised_andUnlockRecordsWhoWhenWhy() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        JsonNode course = course("lu.haukeland", id);
        assertThat(course.path("courseType").asInt()).isEqualTo(1);
        assertThat(course.path("registry").asText()).isEqualTo("LOCAL");
        assertThat(states(course)).containsEntry("B11", "NEW").containsEntry("B12", "NOT_AVAILABLE")
                .containsEntry("B21", "NOT_AVAILABLE").containsEntry("B22", "NOT_AVAILABLE");
        as("lu.haukeland").put("/api/courses/" + id + "/forms/B12/draft",
                Map.of("version", 0, "answers", Map.of("AngiNRS12", "0"))).expect(409);

        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "2"));
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("COMPLETED");

        JsonNode b11 = as("lu.haukeland").get("/api/courses/" + id + "/forms/B11").expect(200).json();
        Map<String, Object> unlock = Map.of("version", b11.path("version").asLong(), "reason",
                "Feil smertekategori");
        as("lu.haukeland").post("/api/courses/" + id + "/forms/B11/unlock", unlock).expect(403);
        as("lc.haukeland").post("/api/courses/" + id + "/forms/B11/unlock",
                Map.of("version", b11.path("version").asLong(), "reason", "")).expect(400);
        as("lu.haukeland").put("/api/courses/" + id + "/forms/B11/draft",
                Map.of("version", b11.path("version").asLong(), "answers", Map.of("SmerteKat", "2"))).expect(409);

        JsonNode unlocked = as("lc.haukeland").post("/api/courses/" + id + "/forms/B11/unlock", unlock)
                .expect(200).json();
        assertThat(unlocked.path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(unlocked.path("inCorrection").asBoolean()).isTrue();
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("ACTIVE");

        JsonNode again = finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "2", "DiagKatLangvarig", "7",
                "TidligereRus", "0", "PaagaaRus", "0", "LAR", "2"));
        assertThat(again.path("status").asText()).isEqualTo("FINALISED");
        assertThat(again.path("answers").path("SmerteKat").asText()).isEqualTo("2");
        assertThat(again.path("events").findValuesAsText("action"))
                .containsExactly("FINALISED", "UNLOCKED", "FINALISED");
        assertThat(again.path("events").get(1).path("reason").asText()).isEqualTo("Feil smertekategori");
        assertThat(again.path("events").get(1).path("actor").asText()).isEqualTo("lc.haukeland");
        assertThat(again.path("events").get(1).path("at").asText()).isNotBlank();
        assertThat(course("lu.haukeland", id).path("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void toCorrectedAfterTheFirstFinalise_reroutesTheCourseToItsNewType() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType1NotSeen());
        finalise("lu.haukeland", id, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0", "PaagaaRus", "0",
                "LAR", "0"));
        String firstInstance = course("lu.haukeland", id).path("processInstanceId").asText();

        JsonNode to = as("lu.haukeland").get("/api/courses/" + id + "/forms/TO").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + id + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Pasienten ble tilsett og samtykket")).expect(200);
        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        JsonNode course = course("lu.haukeland", id);
        assertThat(course.path("courseType").asInt()).isEqualTo(3);
        assertThat(course.path("registry").asText()).isEqualTo("NATIONAL");
        assertThat(course.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(course.path("processInstanceId").asText()).isNotEqualTo(firstInstance);
        assertThat(states(course)).containsEntry("TO", "FINALISED").containsEntry("B11", "FINALISED")
                .containsEntry("B12", "NEW").containsEntry("B21", "NEW").containsEntry("B22", "NEW");
    }

    @Test
    void deleteIsForTheLocalCoordinator_onlyWhileNoFormWasEverFinalised_andKeepsTheCourseAsDeleted() {
        JsonNode course = newCourse("lu.haukeland", HAUKELAND);
        long id = course.path("id").asLong();
        Map<String, Object> delete = Map.of("version", course.path("version").asLong(), "reason", "Feil pasient");

        assertThat(row(as("lc.haukeland").get("/api/worklist?size=500").expect(200).json(), id).path("canDelete")
                .asBoolean()).isTrue();
        as("lu.haukeland").post("/api/courses/" + id + "/deletion", delete).expect(403);
        as("lc.haukeland").post("/api/courses/" + id + "/deletion",
                Map.of("version", 999, "reason", "Feil pasient")).expect(409);
        as("lc.haukeland").post("/api/courses/" + id + "/deletion", delete).expect(204);

        as("lc.haukeland").get("/api/courses/" + id).expect(404);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_execution where business_key_ = ? and "
                + COURSE_PATHWAYS, Long.class, String.valueOf(id))).isZero();
        assertThat(jdbc.queryForMap("select status, deleted_by, delete_reason from course where id = ?", id))
                .containsEntry("status", "DELETED").containsEntry("deleted_by", "lc.haukeland")
                .containsEntry("delete_reason", "Feil pasient");
        assertThat(jdbc.queryForList("select delete_reason_ from act_hi_procinst where business_key_ = ? and "
                + COURSE_PATHWAYS, String.class, String.valueOf(id))).containsOnly("Forløp slettet i registeret");

        long finalised = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", finalised, "TO", toType1NotSeen());
        JsonNode to = as("lu.haukeland").get("/api/courses/" + finalised + "/forms/TO").expect(200).json();
        as("lc.haukeland").post("/api/courses/" + finalised + "/forms/TO/unlock", Map.of("version",
                to.path("version").asLong(), "reason", "Feil forløpstype")).expect(200);
        assertThat(row(as("lc.haukeland").get("/api/worklist?size=500").expect(200).json(), finalised)
                .path("canDelete").asBoolean()).as("its one finalised form is unlocked, but was finalised").isFalse();
        JsonNode now = course("lc.haukeland", finalised);
        as("lc.haukeland").post("/api/courses/" + finalised + "/deletion",
                Map.of("version", now.path("version").asLong(), "reason", "Feil pasient")).expect(409);
    }

    @Test
    void worklistShowsActiveCoursesWithFormStates_movesDepartment_andShowsTheB22Comment() {
        JsonNode course = newCourse("lu.haukeland", HAUKELAND);
        long id = course.path("id").asLong();
        long otherDepartment = department(HAUKELAND, 2);

        JsonNode moved = as("lu.haukeland").put("/api/courses/" + id + "/department", Map.of("version",
                course.path("version").asLong(), "departmentId", otherDepartment)).expect(200).json();
        assertThat(moved.path("departmentId").asLong()).isEqualTo(otherDepartment);
        as("lu.haukeland").put("/api/courses/" + id + "/department", Map.of("version",
                moved.path("version").asLong(), "departmentId", department(AHUS, 0)))
                .expect(400);
        as("lu.haukeland").put("/api/courses/" + id + "/department", Map.of("version",
                course.path("version").asLong(), "departmentId", otherDepartment)).expect(409);

        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        JsonNode b22 = as("lu.haukeland").get("/api/courses/" + id + "/forms/B22").expect(200).json();
        as("lu.haukeland").put("/api/courses/" + id + "/forms/B22/comment", Map.of("version",
                b22.path("version").asLong(), "comment", "Ring fastlege mandag")).expect(200);

        JsonNode row = row(as("lu.haukeland").get("/api/worklist?size=500&sort=department&direction=asc").expect(200)
                .json(), id);
        assertThat(row.path("consent").asBoolean()).isTrue();
        assertThat(row.path("departmentId").asLong()).isEqualTo(otherDepartment);
        assertThat(row.path("forms").path("TO").asText()).isEqualTo("FINALISED");
        assertThat(row.path("forms").path("B12").asText()).isEqualTo("NEW");
        assertThat(row.path("hasComment").asBoolean()).isTrue();
        assertThat(row.path("b22Comment").asText()).isEqualTo("Ring fastlege mandag");
        assertThat(row.path("patientIcon").asText()).isIn("WOMAN", "MAN", "CHILD");
        assertThat(row.path("canDelete").asBoolean()).isFalse();

        List<String> departments = new ArrayList<>();
        as("lu.haukeland").get("/api/worklist?size=500&sort=department&direction=asc").json()
                .forEach(r -> departments.add(r.path("departmentName").asText()));
        assertThat(departments).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        as("lu.haukeland").get("/api/worklist?sort=name").expect(400);
    }


    private static JsonNode row(JsonNode worklist, long courseId) {
        for (JsonNode row : worklist) {
            if (row.path("courseId").asLong() == courseId) {
                return row;
            }
        }
        throw new AssertionError("course " + courseId + " not in worklist");
    }

    private static Map<String, String> states(JsonNode course) {
        Map<String, String> states = new java.util.HashMap<>();
        course.path("forms").forEach(f -> states.put(f.path("formKey").asText(), f.path("status").asText()));
        return states;
    }

}
