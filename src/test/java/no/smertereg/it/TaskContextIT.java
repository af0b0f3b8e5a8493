package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Issue 18: {@code GET /api/tasks/{taskId}/context}, which Tasklist's "Gjelder" tab shows. A clinician of the
 * course's unit gets the course header (PID, name, unit, start), audited as the course page's read of personal
 * data; a user of another unit, a report reader or the secretariat gets the same 404 as for a task that does not
 * exist, naming no course, patient or unit, and leaves no audit row. An access-approval task answers the applicant
 * to the unit's user administrator only.
 */
class TaskContextIT extends IntegrationTest {

    @Test
    void aClinicianOfTheUnitSeesWhoseCourseAFormTaskIsAbout_othersGetA404ThatRevealsNothing() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", course, "TO", toType3WithConsent());
        JsonNode person = as("lu.haukeland").get("/api/courses/" + course + "/personal-data").expect(200).json()
                .path("person");
        long pid = course("lu.haukeland", course).path("pid").asLong();
        String task = taskId(as("lu.haukeland"), course, "UserTask_B11");
        long before = lastAuditId();

        JsonNode context = as("lu.haukeland").get("/api/tasks/" + task + "/context").expect(200).json();

        assertThat(context.path("kind").asText()).isEqualTo("COURSE");
        assertThat(context.path("courseId").asLong()).isEqualTo(course);
        assertThat(context.path("pid").asLong()).isEqualTo(pid);
        assertThat(context.path("familyName").asText()).isEqualTo(person.path("familyName").asText());
        assertThat(context.path("givenName").asText()).isEqualTo(person.path("givenName").asText());
        assertThat(context.path("unitName").asText()).contains("Haukeland");
        assertThat(context.path("startDate").asText()).isEqualTo("2026-11-16");
        assertThat(context.path("coursePage").asText()).isEqualTo("/forlop/" + course);
        assertThat(jdbc.queryForList("select username from audit_event where id > ? and action = "
                + "'PERSONAL_DATA_READ' and pid = ? and course_id = ?", String.class, before, pid, course))
                .containsExactly("lu.haukeland");

        JsonNode missing = as("lu.ahus").get("/api/tasks/no-such-task/context").expect(404).json();
        long beforeRefusals = lastAuditId();
        for (String other : new String[] {"lu.ahus", "lc.ahus", "rapport.haukeland", "sekretariat"}) {
            JsonNode refused = as(other).get("/api/tasks/" + task + "/context").expect(404).json();
            assertThat(refused.toString()).as("the answer to %s", other)
                    .doesNotContain(String.valueOf(course), String.valueOf(pid), person.path("familyName").asText(),
                            "Haukeland", HAUKELAND);
            assertThat(refused.path("detail")).as("the same answer as for a task that does not exist")
                    .isEqualTo(missing.path("detail"));
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id > ?", Long.class,
                beforeRefusals)).as("audit rows of refused reads").isZero();
    }

    @Test
    void theApprovalTaskShowsTheApplicantToTheUnitsUserAdministratorOnly() {
        String suffix = String.format("%06d", System.nanoTime() / 1000 % 1_000_000);
        Map<String, Object> application = new HashMap<>(Map.of("username", "gjelder" + suffix, "fullName",
                "Gjelder Testsøker", "mobile", "+47 94 " + suffix, "email", "gjelder" + suffix + "@helse.invalid",
                "position", "SYKEPLEIER", "region", "HELSE_VEST", "unitResh", HAUKELAND, "clinic",
                "Kirurgisk klinikk", "department", "Smerteteamet", "project", "SMERTEREG"));
        application.put("itPersonnel", false);
        application.put("registry", "smertereg");
        long id = anonymous().post("/api/access/applications", application).expect(201).json().path("id").asLong();
        String task = jdbc.queryForObject("select t.id_ from act_ru_task t join act_ru_execution e "
                + "on e.id_ = t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = "
                + "'UserTask_DecideApplication'", String.class, String.valueOf(id));

        JsonNode applicant = as("lc.haukeland").get("/api/tasks/" + task + "/context").expect(200).json();

        assertThat(applicant.path("kind").asText()).isEqualTo("APPLICATION");
        assertThat(applicant.path("fullName").asText()).isEqualTo("Gjelder Testsøker");
        assertThat(applicant.path("position").asText()).isEqualTo("Sykepleier");
        assertThat(applicant.path("unitName").asText()).contains("Haukeland");
        for (String other : new String[] {"lu.haukeland", "lc.ahus", "sc"}) {
            assertThat(as(other).get("/api/tasks/" + task + "/context").expect(404).json().toString())
                    .as("the answer to %s", other).doesNotContain("Gjelder");
        }
    }

    private long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }
}
