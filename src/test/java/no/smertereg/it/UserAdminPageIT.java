package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quarterly review and a former user's e-mail on /brukere, as the unit's user administrator posts them. */
class UserAdminPageIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void theReviewOnThePageRemovesOneUserAndKeepsTheOthers_thenTheFormerUsersEmailIsRemoved() throws Exception {
        String leaver = "slutter" + String.format("%06d", System.nanoTime() % 1_000_000);
        long application = anonymous().post("/api/access/applications", Map.ofEntries(Map.entry("username", leaver),
                Map.entry("fullName", "Slutter Snart"), Map.entry("mobile", "+47 94 " + leaver.substring(7)),
                Map.entry("email", leaver + "@ahus.invalid"), Map.entry("position", "LEGE"),
                Map.entry("region", "HELSE_SOR_OST"), Map.entry("unitResh", AHUS), Map.entry("clinic", "Klinikk"),
                Map.entry("department", "Avdeling"), Map.entry("project", "SMERTEREG"),
                Map.entry("itPersonnel", false), Map.entry("registry", "smertereg"))).expect(201).json().path("id").asLong();
        as("lc.ahus").post("/api/access/applications/" + application + "/decision", Map.of("approve", true))
                .expect(200);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("access-review")
                .processInstanceBusinessKey(AHUS).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult()
                .getId());
        JsonNode review = as("lc.ahus").get("/api/access/reviews").expect(200).json().get(0);
        List<String> users = review.path("users").findValuesAsText("username");
        assertThat(users).contains(leaver, "lu.ahus");

        SessionClient administrator = new SessionClient(port, jdbc);
        administrator.loginAs("lc.ahus", "demo");
        assertThat(administrator.get("/brukere").body()).contains("Kvartalsvis gjennomgang", leaver);
        Map<String, String> decisions = new HashMap<>();
        users.forEach(u -> decisions.put("user:" + u, u.equals(leaver) ? "remove" : "confirm"));
        HttpResponse<String> done = administrator.post("/brukere/gjennomgang/" + review.path("taskId").asText(),
                decisions);
        assertThat(SessionClient.location(done)).endsWith("/brukere");

        String page = administrator.get("/brukere").body();
        assertThat(page).contains("Gjennomgangen er fullført.").doesNotContain("Kvartalsvis gjennomgang");
        assertThat(page).contains("id=\"former-" + leaver + "\"");
        assertThat(jdbc.queryForObject("select removed_at is not null from app_user where username = ?",
                Boolean.class, leaver)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_role r join app_user u on u.id = r.user_id "
                + "where u.username = 'lu.ahus'", Integer.class)).as("the others keep their access").isPositive();

        administrator.post("/brukere/" + leaver + "/epost-fjerning", Map.of());
        assertThat(jdbc.queryForObject("select email from app_user where username = ?", String.class, leaver))
                .isNull();
        assertThat(administrator.get("/brukere").body()).contains("E-postadressen er fjernet.")
                .doesNotContain("id=\"former-" + leaver + "\"");
    }
}
