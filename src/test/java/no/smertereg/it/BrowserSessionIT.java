package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
        Browser browser = new Browser();
        assertThat(browser.get("/login").statusCode()).isEqualTo(200);
        assertThat(browser.loginAs("lu.haukeland", "wrong").headers().firstValue("Location").orElse(""))
                .contains("/login?error");
        assertThat(browser.loginAs("lu.haukeland", "demo").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");

        String lookup = "{\"nationalId\": \"" + nextSyntheticNationalId() + "\"}";
        assertThat(browser.postJson("/api/patients/lookup", lookup, false).statusCode()).isEqualTo(403);
        assertThat(browser.postJson("/api/patients/lookup", lookup, true).statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains("Demo LU HUS");
    }

    @Test
    void camundaWebappsUseTheSameLoginAndShowOnlyTheUnitsTasks() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        String tasksOfCourse = "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + id;

        assertThat(new Browser().get(tasksOfCourse).statusCode()).isIn(302, 401);

        Browser haukeland = new Browser();
        haukeland.loginAs("lu.haukeland", "demo");
        assertThat(haukeland.get("/camunda/app/tasklist/default/").headers().firstValue("Location").orElse(""))
                .as("no 'create the first admin' page").doesNotContain("setup");
        assertThat(JSON.readTree(haukeland.get("/camunda/api/admin/auth/user/default").body())
                .path("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
        assertThat(JSON.readTree(haukeland.get(tasksOfCourse).body())).hasSize(1);

        Browser ahus = new Browser();
        ahus.loginAs("lu.ahus", "demo");
        assertThat(JSON.readTree(ahus.get(tasksOfCourse).body())).isEmpty();

        Browser coordinator = new Browser();
        coordinator.loginAs("lc.haukeland", "demo");
        coordinator.get("/camunda/app/cockpit/default/");
        assertThat(JSON.readTree(coordinator.get("/camunda/api/admin/auth/user/default").body())
                .path("authorizedApps").toString()).contains("cockpit");
    }

    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> loginAs(String username, String password) throws IOException, InterruptedException {
            get("/login");
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token());
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> postJson(String path, String body, boolean withToken)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (withToken) {
                request.header("X-REGISTRY-XSRF-TOKEN", token());
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("REGISTRY-XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
