package no.smertereg.it;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** The registry's HTTP API as one user sees it (HTTP Basic), answers as status and JSON. */
final class Api {

    record Response(int status, JsonNode body, HttpHeaders headers) {

        Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
            }
            return this;
        }

        JsonNode json() {
            return body;
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient client;
    private final int port;
    private final String username;

    Api(int port, String username) {
        this(port, username, null);
    }

    private Api(int port, String username, String language) {
        this.port = port;
        this.username = username;
        RestClient.Builder builder = RestClient.builder().baseUrl("http://localhost:" + port);
        if (username != null) {
            builder.defaultHeaders(h -> h.setBasicAuth(username, "demo"));
        }
        if (language != null) {
            builder.defaultHeader("Accept-Language", language);
        }
        this.client = builder.build();
    }

    /** The same user asking for answers in another language (Accept-Language). */
    Api inLanguage(String language) {
        return new Api(port, username, language);
    }

    Response get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    Response post(String path, Object body) {
        return call(HttpMethod.POST, path, body);
    }

    Response put(String path, Object body) {
        return call(HttpMethod.PUT, path, body);
    }

    Response delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    private Response call(HttpMethod method, String path, Object body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), parse(res.getBody()),
                res.getHeaders()));
    }

    private static JsonNode parse(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
    }
}
