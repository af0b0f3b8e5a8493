package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * Issue 16, class 3: removing a user's access, locking the account or changing its password ends the user's open
 * sessions at their very next request: no draft saved, no worklist, no Tasklist. (The same across two nodes:
 * TwoNodeSessionsIT.)
 */
class SessionEndIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void removingAUsersAccessEndsTheirOpenSessionAtTheNextRequest() throws Exception {
        insertUser("okt.fjernes", "+47 400 97 001", false, "LU", HAUKELAND);
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("okt.fjernes", "demo")).endsWith("/");
        String draft = "/api/courses/" + course + "/forms/TO/draft";
        assertThat(session.json("PUT", draft, "{\"version\": 0, \"answers\": {\"HenvistDato\": \"2026-11-20\"}}")
                .statusCode()).isEqualTo(200);

        as("lc.haukeland").post("/api/access/users/okt.fjernes/removal", Map.of()).expect(204);

        assertThat(session.json("PUT", draft, "{\"version\": 1, \"answers\": {\"HenvistDato\": \"2026-11-21\"}}")
                .statusCode()).isEqualTo(401);
        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(401);
        assertThat(session.get("/engine-rest/task").statusCode()).isEqualTo(401);
        assertThat(SessionClient.location(session.get("/arbeidsliste", PermissionMatrixIT.BROWSER_ACCEPT)))
                .endsWith("/login");
        JsonNode to = as("lu.haukeland").get("/api/courses/" + course + "/forms/TO").expect(200).json();
        assertThat(to.path("answers").path("HenvistDato").asText()).isEqualTo("2026-11-20");
    }

    @Test
    void aLockedAccountsSessionsEnd() throws Exception {
        insertUser("okt.laases", "+47 400 97 002", false, "LU", HAUKELAND);
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("okt.laases", "demo")).endsWith("/");
        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            new SessionClient(port, jdbc).password("okt.laases", "feil");
        }

        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(401);
        assertThat(session.get("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 302);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessions_theOneThatChangedItGoesOn() throws Exception {
        insertUser("okt.passord", "+47 400 97 003", false, "LU", HAUKELAND);
        SessionClient other = new SessionClient(port, jdbc);
        assertThat(other.loginAs("okt.passord", "demo")).endsWith("/");
        SessionClient changing = new SessionClient(port, jdbc);
        assertThat(changing.loginAs("okt.passord", "demo")).endsWith("/");

        assertThat(changing.json("POST", "/api/me/password", "{\"oldPassword\": \"demo\", \"newPassword\": "
                + "\"Nytt-passord-2026!\"}").statusCode()).isEqualTo(204);

        assertThat(other.get("/api/worklist").statusCode()).isEqualTo(401);
        assertThat(changing.get("/api/worklist").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(changing.get("/api/me").body()).path("username").asText())
                .isEqualTo("okt.passord");
    }

    @Test
    void sessionsLiveInTheDatabase_foundByUser() throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("lu.fonna", "demo")).endsWith("/");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'lu.fonna'",
                Long.class)).isPositive();
    }
}
