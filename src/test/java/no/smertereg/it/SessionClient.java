package no.smertereg.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/** A browser's session without the rendering: cookies, the CSRF token from its cookie, no redirects followed. */
final class SessionClient {

    private final CookieManager cookies;
    private final HttpClient client;
    private final int port;
    private final JdbcTemplate jdbc;

    SessionClient(int port, JdbcTemplate jdbc) {
        this(new CookieManager(), port, jdbc);
    }

    private SessionClient(CookieManager cookies, int port, JdbcTemplate jdbc) {
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.port = port;
        this.jdbc = jdbc;
    }

    /** The same browser (its cookies, so its session) talking to another node of the registry. */
    SessionClient atPort(int otherPort) {
        return new SessionClient(cookies, otherPort, jdbc);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "*/*");
    }

    /** A GET with the Accept header a browser sends for a page ({@code text/html,...}) or a script for JSON. */
    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download (a PDF) as its bytes. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        if (cookies.getCookieStore().getCookies().stream().noneMatch(c -> c.getName().equals(
                "REGISTRY-XSRF-TOKEN"))) {
            get("/login");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token());
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*;q=0.8").header(
                "Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
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

    /** Any method with a JSON body (or none) and the CSRF token header, as the pages' scripts send it. */
    HttpResponse<String> json(String method, String path, String body) throws IOException, InterruptedException {
        if (cookies.getCookieStore().getCookies().stream().noneMatch(c -> c.getName().equals(
                "REGISTRY-XSRF-TOKEN"))) {
            get("/login");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "*/*")
                .header("X-REGISTRY-XSRF-TOKEN", token()).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any request with the given headers (no CSRF token added), as a script of the Camunda webapps sends it. */
    HttpResponse<String> send(String method, String path, String jsonBody, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one of the session's cookies, if set. */
    java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    /** A request with any body (raw bytes, chunked, none), with this session's cookies and CSRF token. */
    HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        if (cookies.getCookieStore().getCookies().stream().noneMatch(c -> c.getName().equals(
                "REGISTRY-XSRF-TOKEN"))) {
            get("/login");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).version(HttpClient.Version.HTTP_1_1)
                .header("Accept", "application/json").header("X-REGISTRY-XSRF-TOKEN", token())
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The password step only: where it sends the browser next. */
    String password(String username, String password) throws IOException, InterruptedException {
        get("/login");
        return location(post("/login", Map.of("username", username, "password", password)));
    }

    /** Password, then the newest SMS code from the outbox; where the browser goes next. */
    String loginAs(String username, String password) throws IOException, InterruptedException {
        String next = password(username, password);
        if (!next.endsWith("/login/kode")) {
            return next;
        }
        return location(post("/login/kode", Map.of("code", latestCode(username))));
    }

    /** The code in the newest SMS to the user's mobile. */
    String latestCode(String username) {
        String body = jdbc.queryForObject("select o.body from notification_outbox o join app_user u on "
                + "o.recipient = u.mobile where u.username = ? and o.channel = 'SMS' order by o.id desc limit 1",
                String.class, username);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
        if (!code.find()) {
            throw new AssertionError("no code in " + body);
        }
        return code.group(1);
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
    }

    private String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("REGISTRY-XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
