package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * A3, A4: the whole browser login. Password, then the SMS code from the outbox, then (when the user holds more than
 * one unit) the unit, which scopes the session; a forced password change after an initial password; five wrong
 * codes or passwords lock the account with the same message as an unknown user; an expired code fails.
 */
class LoginIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void passwordThenCodeOpensTheRegistry_andNothingOpensBeforeTheCode() throws Exception {
        SessionClient browser = new SessionClient(port, jdbc);
        assertThat(browser.password("lu.stolav", "demo")).endsWith("/login/kode");
        assertThat(browser.get("/api/worklist?size=500").statusCode()).as("the password alone opens nothing").isEqualTo(403);
        assertThat(SessionClient.location(browser.get("/"))).endsWith("/login/kode");
        assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isIn(302, 403);

        String code = browser.latestCode("lu.stolav");
        assertThat(new SessionClient(port, jdbc).get("/demo/sms").body()).as("demo mode: the SMS outbox page")
                .contains(code);
        assertThat(SessionClient.location(browser.post("/login/kode", Map.of("code", code)))).endsWith("/");
        assertThat(browser.get("/api/worklist?size=500").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select last_login_at is not null from app_user where username = ?",
                Boolean.class, "lu.stolav")).isTrue();
        assertThat(browser.post("/login/kode", Map.of("code", code)).statusCode()).as("the code step is over")
                .isEqualTo(403);
    }

    @Test
    void fiveWrongCodesLockTheAccount_withTheMessageAnUnknownUserGets() throws Exception {
        user("login.koder", "+47 400 99 001", false, HAUKELAND);
        SessionClient browser = new SessionClient(port, jdbc);
        browser.password("login.koder", "demo");
        String right = browser.latestCode("login.koder");
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(browser.post("/login/kode", Map.of("code", wrong)).statusCode()).isEqualTo(400);
        }
        assertThat(SessionClient.location(browser.post("/login/kode", Map.of("code", wrong))))
                .endsWith("/login?error");

        String locked = new SessionClient(port, jdbc).password("login.koder", "demo");
        String unknown = new SessionClient(port, jdbc).password("finnes.ikke", "demo");
        assertThat(locked).endsWith("/login?error").isEqualTo(unknown);
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        user("login.passord", "+47 400 99 002", false, HAUKELAND);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(new SessionClient(port, jdbc).password("login.passord", "feil")).endsWith("/login?error");
        }
        assertThat(new SessionClient(port, jdbc).password("login.passord", "demo")).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select locked_until > now() from app_user where username = ?",
                Boolean.class, "login.passord")).isTrue();
    }

    @Test
    void anExpiredCodeFails_andANewCodeWorks() throws Exception {
        user("login.utlopt", "+47 400 99 003", false, HAUKELAND);
        SessionClient browser = new SessionClient(port, jdbc);
        browser.password("login.utlopt", "demo");
        String code = browser.latestCode("login.utlopt");
        jdbc.update("update login_code set expires_at = created_at - interval '1 minute' where user_id = "
                + "(select id from app_user where username = ?)", "login.utlopt");

        var expired = browser.post("/login/kode", Map.of("code", code));
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(expired.body()).contains("utløpt");

        browser.post("/login/kode/ny", Map.of());
        assertThat(SessionClient.location(browser.post("/login/kode", Map.of("code",
                browser.latestCode("login.utlopt"))))).endsWith("/");
    }

    @Test
    void anInitialPasswordMustBeChanged_thenTheUnitChosenScopesTheSession() throws Exception {
        user("login.toenheter", "+47 400 99 004", true, HAUKELAND, AHUS);
        long haukelandCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long ahusCourse = newCourse("lu.ahus", AHUS).path("id").asLong();
        SessionClient browser = new SessionClient(port, jdbc);

        assertThat(browser.loginAs("login.toenheter", "demo")).endsWith("/login/passord");
        assertThat(browser.get("/api/worklist?size=500").statusCode()).isEqualTo(403);
        var weak = browser.post("/login/passord", Map.of("oldPassword", "demo", "newPassword", "kortogsvakt"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("minst 12 tegn", "spesialtegn");
        assertThat(SessionClient.location(browser.post("/login/passord", Map.of("oldPassword", "demo",
                "newPassword", "Smerte-Reg-2026!")))).endsWith("/login/enhet");
        assertThat(browser.post("/login/enhet", Map.of("unit", "705758")).statusCode()).as("not one of theirs")
                .isEqualTo(400);
        assertThat(SessionClient.location(browser.post("/login/enhet", Map.of("unit", AHUS)))).endsWith("/");

        JsonNode worklist = JSON.readTree(browser.get("/api/worklist?size=500").body());
        assertThat(worklist.findValuesAsText("courseId")).contains(String.valueOf(ahusCourse))
                .doesNotContain(String.valueOf(haukelandCourse));
        assertThat(browser.get("/api/courses/" + haukelandCourse).statusCode()).isEqualTo(404);
        String tasks = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=";
        assertThat(JSON.readTree(browser.get(tasks + ahusCourse).body())).as("Tasklist: the chosen unit's TO")
                .hasSize(1);
        assertThat(JSON.readTree(browser.get(tasks + haukelandCourse).body()))
                .as("Tasklist: nothing of the other unit the user holds a role in").isEmpty();
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?",
                Boolean.class, "login.toenheter")).isFalse();
        JsonNode me = JSON.readTree(browser.get("/api/me").body());
        assertThat(me.path("roles").findValuesAsText("unitResh")).containsOnly(AHUS);

        var wrongOld = browser.postJson("/api/me/password",
                "{\"oldPassword\": \"demo\", \"newPassword\": \"Enda-bedre-2026?\"}", true);
        assertThat(wrongOld.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongOld.body()).path("errors").get(0).path("field").asText())
                .isEqualTo("oldPassword");
        assertThat(browser.postJson("/api/me/password",
                "{\"oldPassword\": \"Smerte-Reg-2026!\", \"newPassword\": \"Enda-bedre-2026?\"}", true)
                .statusCode()).isEqualTo(204);
    }

    /**
     * A taken-over session must not guess the password through the API's password change: a wrong current password
     * counts like a wrong password at login, and the fifth in a row locks the account and ends its sessions (the page
     * "Min side" did so already; the API did not count).
     */
    @Test
    void wrongCurrentPasswordsThroughTheApi_countAsFailedLogins_andTheFifthLocksTheAccount() {
        user("login.gjetter", "+47 95 55 12 34", false, HAUKELAND);
        Api api = as("login.gjetter");
        try {
            for (int i = 1; i <= 4; i++) {
                api.post("/api/me/password", Map.of("oldPassword", "gjett-" + i, "newPassword", "Enda-bedre-2026?"))
                        .expect(400);
            }
            assertThat(jdbc.queryForObject("select failed_logins from app_user where username = 'login.gjetter'",
                    Integer.class)).isEqualTo(4);
            api.get("/api/me").expect(200);

            api.post("/api/me/password", Map.of("oldPassword", "gjett-5", "newPassword", "Enda-bedre-2026?"))
                    .expect(400);

            assertThat(jdbc.queryForObject("select locked_until is not null from app_user where username = "
                    + "'login.gjetter'", Boolean.class)).as("locked").isTrue();
            api.get("/api/me").expect(401);
        } finally {
            forgetTheLoginFailuresOfThisAddress();
        }
    }

    /** The tests share one client address (127.0.0.1) and its budget of failed logins. */
    private void forgetTheLoginFailuresOfThisAddress() {
        jdbc.update("delete from request_limit where limit_key like 'login-failures:%'");
    }

    /** A user with the demo password and LU in the given units. */
    private void user(String username, String mobile, boolean mustChangePassword, String... units) {
        insertUser(username, mobile, mustChangePassword, "LU", units);
    }
}
