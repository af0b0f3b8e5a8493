package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Issue 4 as a new user tries it, in browser sessions only (no HTTP Basic): apply for access, the unit's user
 * administrator logs in with the SMS code and approves, the new user logs in with the password and the code from
 * the SMS outbox, must change the password, sees only that unit's worklist, and Cockpit refuses them.
 */
class AccessWalkthroughIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void applyApproveLogInChangePasswordAndSeeOnlyTheUnit() throws Exception {
        long otherUnitsCourse = newCourse("lu.ahus", AHUS).path("id").asLong();
        long ownUnitsCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();

        SessionClient applicant = new SessionClient(port, jdbc);
        var applied = applicant.postJson("/api/access/applications", """
                {"username": "kari.gjennomgang", "fullName": "Kari Gjennomgang", "mobile": "+47 400 77 001",
                 "email": "kari.gjennomgang@helse.invalid", "position": "SYKEPLEIER", "region": "HELSE_VEST",
                 "unitResh": "100082", "clinic": "Kirurgisk klinikk", "department": "Kirurgisk avdeling",
                 "project": "SMERTEREG", "itPersonnel": false, "registry": "smertereg"}""", false);
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        long application = JSON.readTree(applied.body()).path("id").asLong();

        SessionClient administrator = new SessionClient(port, jdbc);
        assertThat(administrator.loginAs("lc.haukeland", "demo")).endsWith("/");
        JsonNode inbox = JSON.readTree(administrator.get("/api/access/applications").body());
        assertThat(inbox.findValuesAsText("id")).contains(String.valueOf(application));
        var decided = administrator.postJson("/api/access/applications/" + application + "/decision",
                "{\"approve\": true}", true);
        assertThat(decided.statusCode()).as(decided.body()).isBetween(200, 204);

        String sms = jdbc.queryForObject("select body from notification_outbox where recipient = ? and channel = "
                + "'SMS' order by id desc limit 1", String.class, "+4740077001");
        Matcher password = Pattern.compile("Startpassord: (\\S+) ").matcher(sms);
        assertThat(password.find()).as(sms).isTrue();

        SessionClient newUser = new SessionClient(port, jdbc);
        assertThat(newUser.loginAs("kari.gjennomgang", password.group(1))).endsWith("/login/passord");
        assertThat(SessionClient.location(newUser.post("/login/passord", java.util.Map.of("oldPassword",
                password.group(1), "newPassword", "Ny-Sykepleier-2026!")))).endsWith("/");

        JsonNode worklist = JSON.readTree(newUser.get("/api/worklist?size=500").body());
        assertThat(worklist.findValuesAsText("courseId")).contains(String.valueOf(ownUnitsCourse))
                .doesNotContain(String.valueOf(otherUnitsCourse));
        newUser.get("/camunda/app/cockpit/default/");
        assertThat(JSON.readTree(newUser.get("/camunda/api/admin/auth/user/default").body())
                .path("authorizedApps").toString()).as("Cockpit refuses the LU").contains("tasklist")
                .doesNotContain("cockpit");
        String tasks = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=";
        assertThat(JSON.readTree(newUser.get(tasks + ownUnitsCourse).body())).hasSize(1);
        assertThat(JSON.readTree(newUser.get(tasks + otherUnitsCourse).body())).isEmpty();
    }
}
