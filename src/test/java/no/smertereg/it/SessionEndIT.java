package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(200);
        assertThat(session.get("/engine-rest/task").statusCode()).isEqualTo(200);

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
        session.get("/camunda/app/tasklist/default/", PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(session.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            new SessionClient(port, jdbc).password("okt.laases", "feil");
        }

        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(401);
        assertThat(session.get("/camunda/api/engine/engine/default/task").statusCode()).isIn(401, 302);
    }

    @Test
    void aRoleTakenAwayInOneUnitEndsTheSessionInTheOther_theNextLoginHasTheRolesLeft() throws Exception {
        insertUser("okt.roller", "+47 400 97 004", false, "LU", HAUKELAND, AHUS);
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("okt.roller", "demo")).endsWith("/login/enhet");
        assertThat(SessionClient.location(session.post("/login/enhet", Map.of("unit", AHUS)))).endsWith("/");
        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(200);

        as("lc.haukeland").post("/api/access/users/okt.roller/removal", Map.of()).expect(204);

        assertThat(session.get("/api/worklist").statusCode()).isEqualTo(401);
        SessionClient again = new SessionClient(port, jdbc);
        assertThat(again.loginAs("okt.roller", "demo")).as("only Ahus is left: no unit to choose").endsWith("/");
        assertThat(JSON.readTree(again.get("/api/me").body()).path("roles").findValuesAsText("unitResh"))
                .containsOnly(AHUS);
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
    void aStoredSessionThatNoLongerReads_isALoggedOutOne_notAnError() throws Exception {
        insertUser("okt.gammel", "+47 400 97 005", false, "LU", HAUKELAND);
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("okt.gammel", "demo")).endsWith("/");
        jdbc.update("update spring_session_attributes set attribute_bytes = ? where session_primary_id in (select "
                + "primary_id from spring_session where principal_name = 'okt.gammel')", (Object) new byte[] {1, 2, 3});

        assertThat(session.get("/api/worklist").statusCode()).as("as after a deploy that changed a stored class")
                .isEqualTo(401);
        assertThat(new SessionClient(port, jdbc).loginAs("okt.gammel", "demo")).endsWith("/");
    }

    @Test
    void theFirstRequestsOfANewSessionInParallel_allAnswerWithoutAServerError() throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("lu.sorlandet", "demo")).endsWith("/");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String path = i % 2 == 0 ? "/camunda/api/admin/auth/user/default" : "/camunda/app/tasklist/default/";
                answers.add(pool.submit(() -> session.get(path).statusCode()));
            }
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get()).isLessThan(500);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sessionsLiveInTheDatabase_foundByUser() throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        assertThat(session.loginAs("lu.fonna", "demo")).endsWith("/");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'lu.fonna'",
                Long.class)).isPositive();
    }
}
