package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 16, class 3, on two application nodes (each a JVM of its own) sharing one PostgreSQL: a session made on one
 * node is served by the other (no sticky load balancing), and a removal, a lock or a password change made through
 * one node ends the user's sessions on both at their next request (the session that changed the password goes on,
 * on either node). Login tries count per account over both nodes.
 */
class TwoNodeSessionsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NodeProcess nodeA;
    private NodeProcess nodeB;

    @AfterEach
    void stop() throws InterruptedException {
        for (NodeProcess node : new NodeProcess[] {nodeA, nodeB}) {
            if (node != null && node.isAlive()) {
                node.kill();
            }
        }
    }

    @Test
    void sessionsAreSharedByTheNodes_andEndOnBothWhenAccessIsRemovedOrTheAccountLocked() throws Exception {
        String[] db = PostgresTestDatabase.connection();
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db[0], db[1], db[2]));
        nodeA = NodeProcess.start("sessions-a", Instant.now(), arguments(db));
        nodeB = NodeProcess.start("sessions-b", Instant.now(), arguments(db));
        user(jdbc, "klynge.fjernes", "+47 400 96 001");
        user(jdbc, "klynge.laases", "+47 400 96 002");
        user(jdbc, "klynge.passord", "+47 400 96 003");

        SessionClient onA = new SessionClient(nodeA.port(), jdbc);
        assertThat(onA.loginAs("klynge.fjernes", "demo")).endsWith("/");
        SessionClient sameBrowserOnB = onA.atPort(nodeB.port());
        assertThat(JSON.readTree(sameBrowserOnB.get("/api/me").body()).path("username").asText())
                .as("node B serves the session node A made").isEqualTo("klynge.fjernes");

        new Api(nodeB.port(), "lc.haukeland").post("/api/access/users/klynge.fjernes/removal", Map.of()).expect(204);
        assertThat(onA.get("/api/me").statusCode()).as("node A, after the removal on node B").isEqualTo(401);
        assertThat(sameBrowserOnB.get("/api/me").statusCode()).isEqualTo(401);

        SessionClient working = new SessionClient(nodeB.port(), jdbc);
        assertThat(working.loginAs("klynge.laases", "demo")).endsWith("/");
        for (int i = 0; i < 5; i++) {
            NodeProcess node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(new SessionClient(node.port(), jdbc).password("klynge.laases", "feil"))
                    .endsWith("/login?error");
        }
        assertThat(jdbc.queryForObject("select locked_until is not null from app_user where username = ?",
                Boolean.class, "klynge.laases")).as("five wrong passwords over two nodes lock").isTrue();
        assertThat(working.get("/api/me").statusCode()).isEqualTo(401);
        assertThat(working.atPort(nodeA.port()).get("/api/me").statusCode()).isEqualTo(401);

        SessionClient other = new SessionClient(nodeA.port(), jdbc);
        assertThat(other.loginAs("klynge.passord", "demo")).endsWith("/");
        SessionClient changing = new SessionClient(nodeB.port(), jdbc);
        assertThat(changing.loginAs("klynge.passord", "demo")).endsWith("/");
        assertThat(changing.json("POST", "/api/me/password", "{\"oldPassword\": \"demo\", \"newPassword\": "
                + "\"Klynge-passord-2026!\"}").statusCode()).isEqualTo(204);
        assertThat(other.get("/api/me").statusCode()).as("node A, after the password change on node B")
                .isEqualTo(401);
        assertThat(changing.atPort(nodeA.port()).get("/api/me").statusCode()).as("the changing session, on A")
                .isEqualTo(200);
    }

    private static void user(JdbcTemplate jdbc, String username, String mobile) {
        jdbc.update("insert into app_user (username, display_name, password_hash, enabled, mobile, created_at) "
                + "select ?, ?, password_hash, true, ?, now() from app_user where username = 'lu.haukeland'",
                username, username, mobile);
        jdbc.update("insert into user_role (user_id, registry_id, unit_resh, role) "
                + "select id, 'smertereg', '100082', 'LU' from app_user "
                + "where username = ?", username);
    }

    private static List<String> arguments(String[] db) {
        return List.of("--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                "--spring.datasource.password=" + db[2], "--camunda.bpm.job-execution.enabled=false",
                "--registry.demo-courses=false", "--registry.mail-relay-enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MailTestServer.server().getSmtp().getPort());
    }
}
