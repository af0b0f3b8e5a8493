package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/**
 * A browser's way in: form login with the CSRF token, the session cookie, and Camunda's webapps on that
 * same login, scoped to the user's unit.
 */
class BrowserSessionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void formLoginGivesASessionWhoseWritesNeedTheCsrfToken() throws Exception {
        SessionClient browser = new SessionClient(port, jdbc);
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        assertThat(browser.password("lu.haukeland", "wrong")).contains("/login?error");
        assertThat(browser.loginAs("lu.haukeland", "demo")).doesNotContain("error");

        String lookup = "{\"nationalId\": \"" + nextSyntheticNationalId() + "\"}";
        assertThat(browser.postJson("/api/patients/lookup", lookup, false).statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/patients/lookup", lookup, true).statusCode()).isEqualTo(200);
        assertThat(SessionClient.location(browser.get("/"))).endsWith("/arbeidsliste");
        assertThat(browser.get("/arbeidsliste").body()).contains("Demo LU HUS", "Arbeidsliste");
    }

    @Test
    void camundaWebappsUseTheSameLoginAndShowOnlyTheUnitsTasks() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        String tasksOfCourse = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + id;

        assertThat(new SessionClient(port, jdbc).get(tasksOfCourse).statusCode()).isIn(302, 401);

        SessionClient haukeland = new SessionClient(port, jdbc);
        haukeland.loginAs("lu.haukeland", "demo");
        assertThat(haukeland.get("/camunda/app/tasklist/default/").headers().firstValue("Location").orElse(""))
                .as("no 'create the first admin' page").doesNotContain("setup");
        assertThat(JSON.readTree(haukeland.get("/camunda/api/admin/auth/user/default").body())
                .path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
        assertThat(JSON.readTree(haukeland.get(tasksOfCourse).body())).hasSize(1);

        SessionClient ahus = new SessionClient(port, jdbc);
        ahus.loginAs("lu.ahus", "demo");
        assertThat(JSON.readTree(ahus.get(tasksOfCourse).body())).isEmpty();

        SessionClient coordinator = new SessionClient(port, jdbc);
        coordinator.loginAs("lc.haukeland", "demo");
        coordinator.get("/camunda/app/cockpit/default/");
        assertThat(JSON.readTree(coordinator.get("/camunda/api/admin/auth/user/default").body())
                .path("authorizedApps").toString()).contains("cockpit");
    }
}
