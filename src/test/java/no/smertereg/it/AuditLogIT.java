package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.privacy.PatientAccessLog;

/**
 * Issue 6: the audit log cannot be changed, is searched by LC in their unit and SC everywhere, and answers the
 * patient's access export with everyone who read or changed the patient's data.
 */
class AuditLogIT extends IntegrationTest {

    private static final String PAGE_ACCEPT = "text/html";

    @Autowired
    PatientAccessLog accessLog;

    @Test
    void noRowCanBeUpdatedOrDeletedEvenByTheDatabaseOwner() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long id = jdbc.queryForObject("select max(id) from audit_event where course_id = ?", Long.class, course);

        assertThatThrownBy(() -> jdbc.update("update audit_event set username = 'someone' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select username from audit_event where id = ?", String.class, id))
                .isEqualTo("lu.haukeland");
    }

    @Test
    void lcSearchesTheirUnit_scEveryUnit_luNot() throws Exception {
        long haukeland = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long ahus = newCourse("lu.ahus", AHUS).path("id").asLong();

        assertThat(page("lc.haukeland", "/revisjon?action=COURSE_REGISTER&courseId=" + haukeland))
                .contains(">" + haukeland + "<", "lu.haukeland");
        assertThat(page("lc.haukeland", "/revisjon?action=COURSE_REGISTER&courseId=" + ahus))
                .doesNotContain(">" + ahus + "<", "lu.ahus");
        assertThat(page("sc", "/revisjon?courseId=" + haukeland)).contains(">" + haukeland + "<");
        assertThat(page("sc", "/revisjon?courseId=" + ahus)).contains(">" + ahus + "<");
        SessionClient lu = new SessionClient(port, jdbc);
        lu.loginAs("lu.haukeland", "demo");
        assertThat(lu.get("/revisjon", PAGE_ACCEPT).statusCode()).isEqualTo(403);
    }

    @Test
    void thePatientsAccessLogListsEveryoneWhoReadOrChangedTheirData() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long pid = as("lu.haukeland").get("/api/courses/" + course).expect(200).json().path("pid").asLong();
        as("lc.haukeland").get("/api/courses/" + course + "/personal-data").expect(200);

        List<PatientAccessLog.Entry> entries = accessLog.entriesFor(pid);

        assertThat(entries).extracting(PatientAccessLog.Entry::username, PatientAccessLog.Entry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("lu.haukeland", "COURSE_REGISTER"),
                        org.assertj.core.groups.Tuple.tuple("lu.haukeland", "COURSE_READ"),
                        org.assertj.core.groups.Tuple.tuple("lc.haukeland", "PERSONAL_DATA_READ"));
        assertThat(entries).allSatisfy(e -> assertThat(e.unitResh()).isEqualTo(HAUKELAND));
        assertThat(entries.stream().filter(e -> e.username().equals("lc.haukeland")).findFirst().orElseThrow()
                .roles()).contains("LC");
    }

    @Test
    void theCoursePageShowsNameAndIdentityNumber_soItsReadOfPersonalDataIsAuditedAsSuch() throws Exception {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);

        page("lu.haukeland", "/forlop/" + course);

        assertThat(jdbc.queryForList("select action from audit_event where id > ? and course_id = ? and username = "
                + "'lu.haukeland'", String.class, before, course))
                .contains("COURSE_READ", "PERSONAL_DATA_READ");
    }

    private String page(String username, String path) throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        session.loginAs(username, "demo");
        HttpResponse<String> response = session.get(path, PAGE_ACCEPT);
        assertThat(response.statusCode()).as(path + " as " + username).isEqualTo(200);
        return response.body();
    }
}
