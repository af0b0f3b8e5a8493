package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.access.LoginSettings;

/**
 * Issue 16, class 2: the limits of the login hold per account over codes and sessions, one try at a time even in
 * parallel, a locked account finishes no step in any session, codes per hour are capped, one client address runs
 * out of tries without locking anyone else out, and an initial password opens nothing over HTTP Basic.
 */
class LoginLimitsIT extends IntegrationTest {

    private static final String OTHER_MACHINE = "127.0.0.2";

    /** The suite logs the demo users in far more often than a person would: its own caps are high. */
    @Autowired
    LoginSettings settings;

    @AfterEach
    void forgetTheOtherMachine() {
        jdbc.update("delete from request_limit where limit_key like ?", "%" + OTHER_MACHINE);
    }

    @Test
    void wrongCodesCountPerAccount_overNewCodesAndSessions_andTheRightCodeThenOpensNothing() throws Exception {
        insertUser("grense.koder", "+47 400 98 001", false, "LU", HAUKELAND);
        SessionClient first = new SessionClient(port, jdbc);
        assertThat(first.password("grense.koder", "demo")).endsWith("/login/kode");
        String wrong = wrongCode(first.latestCode("grense.koder"));
        for (int i = 0; i < 2; i++) {
            assertThat(first.post("/login/kode", Map.of("code", wrong)).statusCode()).isEqualTo(400);
        }
        assertThat(SessionClient.location(first.post("/login/kode/ny", Map.of()))).endsWith("?sent");
        SessionClient second = new SessionClient(port, jdbc);
        assertThat(second.password("grense.koder", "demo")).endsWith("/login/kode");
        for (int i = 0; i < 2; i++) {
            assertThat(second.post("/login/kode", Map.of("code", wrongCode(second.latestCode("grense.koder"))))
                    .statusCode()).isEqualTo(400);
        }
        assertThat(SessionClient.location(second.post("/login/kode/ny", Map.of()))).endsWith("?sent");

        assertThat(SessionClient.location(first.post("/login/kode", Map.of("code",
                wrongCode(first.latestCode("grense.koder")))))).as("the fifth wrong code in all").endsWith(
                "/login?error");
        String right = second.latestCode("grense.koder");
        assertThat(SessionClient.location(second.post("/login/kode", Map.of("code", right)))).as(
                "the right code in the other session").matches(".*/login(\\?error)?$");
        assertThat(second.get("/api/worklist").statusCode()).isEqualTo(401);
        assertThat(new SessionClient(port, jdbc).password("grense.koder", "demo")).endsWith("/login?error");
        assertThat(jdbc.queryForObject("select locked_until > now() from app_user where username = ?",
                Boolean.class, "grense.koder")).isTrue();
    }

    @Test
    void tenWrongCodesSentInParallelAreTenTries() throws Exception {
        insertUser("grense.parallell", "+47 400 98 002", false, "LU", HAUKELAND);
        SessionClient browser = new SessionClient(port, jdbc);
        browser.password("grense.parallell", "demo");
        String wrong = wrongCode(browser.latestCode("grense.parallell"));
        browser.get("/login/kode");
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                Callable<HttpResponse<String>> attempt = () -> browser.post("/login/kode", Map.of("code", wrong));
                answers.add(pool.submit(attempt));
            }
            int wrongAnswers = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                if (answer.get().statusCode() == 400) {
                    wrongAnswers++;
                }
            }
            assertThat(wrongAnswers).as("at most four answered 'wrong' before the lock").isLessThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select locked_until > now() from app_user where username = ?",
                Boolean.class, "grense.parallell")).isTrue();
    }

    @Test
    void anAccountLockedInOneSessionFinishesNoStepInAnother() throws Exception {
        insertUser("grense.laast", "+47 400 98 003", false, "LU", HAUKELAND);
        SessionClient waiting = new SessionClient(port, jdbc);
        assertThat(waiting.password("grense.laast", "demo")).endsWith("/login/kode");
        SessionClient attacker = new SessionClient(port, jdbc);
        attacker.password("grense.laast", "demo");
        String wrong = wrongCode(attacker.latestCode("grense.laast"));
        for (int i = 0; i < 5; i++) {
            attacker.post("/login/kode", Map.of("code", wrong));
        }
        long codesSent = smsTo("+4740098003");

        assertThat(SessionClient.location(waiting.post("/login/kode/ny", Map.of()))).as("no new code")
                .matches(".*/login(\\?error)?$");
        assertThat(smsTo("+4740098003")).isEqualTo(codesSent);
        assertThat(SessionClient.location(waiting.post("/login/kode", Map.of("code",
                waiting.latestCode("grense.laast"))))).matches(".*/login(\\?error)?$");
        assertThat(waiting.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void codesPerAccountAndHourAreCapped_theLastCodeStillWorks() throws Exception {
        insertUser("grense.sms", "+47 400 98 004", false, "LU", HAUKELAND);
        int suiteCap = settings.getCodesPerHour();
        settings.setCodesPerHour(5);
        try {
            SessionClient browser = new SessionClient(port, jdbc);
            browser.password("grense.sms", "demo");
            for (int i = 0; i < 4; i++) {
                assertThat(SessionClient.location(browser.post("/login/kode/ny", Map.of()))).endsWith("?sent");
            }
            assertThat(SessionClient.location(browser.post("/login/kode/ny", Map.of()))).endsWith("?tooMany");
            assertThat(smsTo("+4740098004")).isEqualTo(5);
            assertThat(SessionClient.location(browser.post("/login/kode", Map.of("code",
                    browser.latestCode("grense.sms"))))).endsWith("/");
        } finally {
            settings.setCodesPerHour(suiteCap);
        }
    }

    @Test
    void oneMachineRunsOutOfTries_withoutLockingOutTheAccountsItTried() throws Exception {
        SessionClient page = new SessionClient(port, jdbc);
        page.get("/login");
        String token = page.cookie("REGISTRY-XSRF-TOKEN").orElseThrow();
        String cookie = "REGISTRY-XSRF-TOKEN=" + token;
        for (int i = 0; i < 50; i++) {
            FromAddress.Answer answer = FromAddress.post(OTHER_MACHINE, port, "/login", "username=ingen.bruker" + i
                    + "&password=feil&_csrf=" + token, cookie);
            assertThat(answer.location()).endsWith("/login?error");
        }
        for (String victim : List.of("lu.stolav", "lc.stolav", "lu.unn")) {
            assertThat(FromAddress.post(OTHER_MACHINE, port, "/login", "username=" + victim + "&password=feil&_csrf="
                    + token, cookie).location()).as(victim).endsWith("/login?throttled");
        }
        assertThat(FromAddress.post(OTHER_MACHINE, port, "/login", "username=lu.stolav&password=demo&_csrf=" + token,
                cookie).location()).as("even the right password waits").endsWith("/login?throttled");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('lu.stolav', 'lc.stolav', "
                + "'lu.unn') and (failed_logins > 0 or locked_until is not null)", Long.class)).isZero();
        assertThat(new SessionClient(port, jdbc).loginAs("lu.stolav", "demo")).as("from another machine")
                .endsWith("/");
    }

    @Test
    void httpBasicCountsAgainstTheMachineToo() throws Exception {
        for (int i = 0; i < 50; i++) {
            assertThat(FromAddress.get(OTHER_MACHINE, port, "/api/me", basic("ingen.bruker" + i, "feil")).status())
                    .isEqualTo(401);
        }
        assertThat(FromAddress.get(OTHER_MACHINE, port, "/api/me", basic("lu.stolav", "demo")).status())
                .as("out of tries: even the right password waits").isEqualTo(429);
        assertThat(as("lu.stolav").get("/api/me").status()).as("from another machine").isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void anInitialPasswordOpensNothingOverHttpBasic() {
        insertUser("grense.start", "+47 400 98 005", true, "LU", HAUKELAND);
        assertThat(as("grense.start").get("/api/worklist").status()).isEqualTo(401);
        assertThat(as("grense.start").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(as("lu.haukeland").get("/api/worklist").status()).isEqualTo(200);
    }

    private long smsTo(String mobile) {
        return jdbc.queryForObject("select count(*) from notification_outbox where channel = 'SMS' and "
                + "replace(recipient, ' ', '') = ?", Long.class, mobile);
    }

    private static String wrongCode(String right) {
        return right.equals("000000") ? "111111" : "000000";
    }
}
