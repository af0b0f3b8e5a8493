package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, health that tells the truth, on a node in a JVM of its own with a PostgreSQL and an SMTP server of its
 * own, so that both can be stopped: an SMTP server that is down leaves the node ready (the outbox queues) and shows as
 * the component {@code mail}; a database that is down makes it not ready (503), while it stays alive. Before, the
 * one health answer was 503 DOWN whenever SMTP was unreachable, and a load balancer would take every node out.
 */
class HealthProbesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private EmbeddedPostgres database;
    private GreenMail smtp;
    private NodeProcess node;

    @AfterEach
    void stop() throws Exception {
        if (node != null) {
            node.kill();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void mailDownLeavesTheNodeReady_databaseDownMakesItNotReady_andItStaysAlive() throws Exception {
        database = EmbeddedPostgres.builder().start();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        node = NodeProcess.start("health", Instant.now(), List.of(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.connection-timeout=2000", "--camunda.bpm.process-engine-name=health",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--registry.demo-courses=false"));

        assertThat(probe("/actuator/health")).as("all up").isEqualTo(200);
        assertThat(component("mail")).isEqualTo("UP");
        assertThat(component("db")).isEqualTo("UP");

        smtp.stop();
        smtp = null;
        assertThat(probe("/actuator/health/readiness")).as("ready without SMTP: the outbox queues").isEqualTo(200);
        assertThat(status("/actuator/health/readiness")).isEqualTo("UP");
        assertThat(component("mail")).as("mail is its own component").isEqualTo("DOWN");
        assertThat(probe("/actuator/health/liveness")).isEqualTo(200);

        database.close();
        database = null;
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> probe("/actuator/health/readiness") == 503);
        assertThat(status("/actuator/health/readiness")).isEqualTo("DOWN");
        assertThat(probe("/actuator/health/liveness")).as("alive: restarting it would not bring the database back")
                .isEqualTo(200);
    }

    private int probe(String path) throws Exception {
        return get(path).statusCode();
    }

    private String status(String path) throws Exception {
        return JSON.readTree(get(path).body()).path("status").asText();
    }

    private String component(String name) throws Exception {
        JsonNode health = JSON.readTree(get("/actuator/health").body());
        return health.path("components").path(name).path("status").asText();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
