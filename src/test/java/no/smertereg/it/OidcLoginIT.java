package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: health personnel log in through an OpenID Connect provider, a real one started by the tests (Spring
 * Authorization Server, {@link OidcTestProvider}), mapped to the registry user by the identifier in its signed ID
 * token: no password or SMS code of ours, the same unit choice; logging out ends the provider's session too; an
 * identity the registry does not know, a login weaker than required and a removed user are refused.
 */
class OidcLoginIT extends IntegrationTest {

    private static final Pattern PROVIDER_CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    private String app;

    @BeforeEach
    void pointTheProviderBackHere() {
        app = "http://127.0.0.1:" + port;
        OidcTestProvider.allowLogoutReturnTo(app + "/login?logout");
    }

    @Test
    void aLinkedUserLogsInAtTheProvider_choosesTheUnit_andLogoutEndsBothSessions() throws Exception {
        linkedUser("oidc.toenheter", "HPR-1001", HAUKELAND, AHUS);
        OidcTestProvider.person("kari.oidc", "HPR-1001");
        Browser browser = new Browser();

        assertThat(browser.logInAtProvider(app, "kari.oidc")).as("no password or SMS code of ours")
                .isEqualTo(app + "/login/enhet");
        assertThat(browser.post(app + "/login/enhet", Map.of("unit", HAUKELAND)).statusCode()).isEqualTo(302);
        HttpResponse<String> me = browser.get(app + "/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"oidc.toenheter\"").contains(HAUKELAND).doesNotContain(AHUS);
        assertThat(jdbc.queryForObject("select last_login_at is not null from app_user where username = ?",
                Boolean.class, "oidc.toenheter")).isTrue();
        assertThat(browser.get(app + "/startside").headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("the logout form may go on to the provider").contains("form-action 'self' "
                        + OidcTestProvider.issuer());

        List<String> afterLogout = browser.follow(browser.post(app + "/logout", Map.of()));
        assertThat(afterLogout).as("through the provider's logout back to our login page")
                .anyMatch(url -> url.startsWith(OidcTestProvider.issuer() + "/connect/logout"))
                .last().isEqualTo(app + "/login?logout");
        assertThat(browser.get(app + "/api/me").statusCode()).isEqualTo(401);
        assertThat(browser.follow(browser.get(app + "/oauth2/authorization/oidc"))).as("the provider asks again")
                .last().isEqualTo(OidcTestProvider.issuer() + "/login");
    }

    @Test
    void anIdentityTheRegistryDoesNotKnowIsRefused_withAClearMessage() throws Exception {
        OidcTestProvider.person("ola.ukjent", "HPR-9999");
        OidcTestProvider.person("uten.hpr", null);

        for (String person : List.of("ola.ukjent", "uten.hpr")) {
            Browser browser = new Browser();
            assertThat(browser.logInAtProvider(app, person)).isEqualTo(app + "/login?oidc=unknown");
            assertThat(browser.get(app + "/login?oidc=unknown").body())
                    .contains("ikke knyttet til en bruker i SmerteReg");
            assertThat(browser.get(app + "/api/me").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aLoginWeakerThanRequiredIsRefused_evenForALinkedUser() throws Exception {
        linkedUser("oidc.svak", "HPR-1003", HAUKELAND);
        OidcTestProvider.person("svak.oidc", "HPR-1003", "low");
        Browser browser = new Browser();

        assertThat(browser.logInAtProvider(app, "svak.oidc")).isEqualTo(app + "/login?oidc=level");
        assertThat(browser.get(app + "/login?oidc=level").body()).contains("ikke sterk nok");
        assertThat(browser.get(app + "/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aRemovedUserIsRefused_andTheirOpenSessionEndsOnTheNextRequest() throws Exception {
        linkedUser("oidc.fjernes", "HPR-1002", HAUKELAND);
        OidcTestProvider.person("per.oidc", "HPR-1002");
        Browser browser = new Browser();
        assertThat(browser.logInAtProvider(app, "per.oidc")).as("one unit: straight in").isEqualTo(app + "/");
        assertThat(browser.get(app + "/api/me").statusCode()).isEqualTo(200);

        as("lc.haukeland").post("/api/access/users/oidc.fjernes/removal", Map.of()).expect(204);

        assertThat(browser.get(app + "/api/me").statusCode()).isEqualTo(401);
        assertThat(new Browser().logInAtProvider(app, "per.oidc")).isEqualTo(app + "/login?error");
    }

    private void linkedUser(String username, String hprNumber, String... units) {
        insertUser(username, "+4799" + (100000 + Math.abs(username.hashCode() % 900000)), false, "LU", units);
        jdbc.update("update app_user set external_id = ? where username = ?", hprNumber, username);
    }

    /** A browser without rendering: cookies per host, redirects followed only when asked. */
    private static final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        /** From our "log in with" link through the provider's login page; the first page of ours after it. */
        String logInAtProvider(String app, String person) throws IOException, InterruptedException {
            List<String> visited = follow(get(app + "/oauth2/authorization/oidc"));
            String loginPage = visited.get(visited.size() - 1);
            assertThat(loginPage).isEqualTo(OidcTestProvider.issuer() + "/login");
            Matcher csrf = PROVIDER_CSRF.matcher(get(loginPage).body());
            assertThat(csrf.find()).as("the provider's login form").isTrue();
            List<String> back = follow(post(loginPage, Map.of("username", person, "password",
                    OidcTestProvider.PASSWORD, "_csrf", csrf.group(1))));
            return back.stream().filter(url -> url.startsWith(app) && !url.contains("/login/oauth2/code/"))
                    .findFirst().orElseThrow(() -> new AssertionError("never back at the registry: " + back));
        }

        /** As a browser asks for a page (the provider keeps only such requests to return to), or JSON from our API. */
        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", url.contains("/api/")
                    ? "application/json" : "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A form post with the CSRF token of that host's cookie (ours) when there is one. */
        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            Map<String, String> fields = new java.util.LinkedHashMap<>(form);
            URI uri = URI.create(url);
            if (!fields.containsKey("_csrf")) {
                cookies.getCookieStore().get(uri).stream().filter(c -> c.getName().equals("REGISTRY-XSRF-TOKEN"))
                        .map(HttpCookie::getValue).findFirst().ifPresent(token -> fields.put("_csrf", token));
            }
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Follows the redirects from this response; every address visited, the last one answered without one. */
        List<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
            List<String> visited = new ArrayList<>();
            HttpResponse<String> current = response;
            for (int hop = 0; hop < 15 && current.statusCode() / 100 == 3; hop++) {
                String next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow())
                        .toString();
                visited.add(next);
                current = get(next);
            }
            assertThat(current.statusCode()).as("after " + visited).isLessThan(300);
            return visited;
        }
    }
}
