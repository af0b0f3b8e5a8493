package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.notification.MailRelay;

/**
 * Issue 21, metrics for operators: {@code /actuator/prometheus} answers the scraper's bearer token only (not an
 * anonymous caller, not a wrong token, not a registry user's credentials), and the outbox backlog gauge rises when
 * notices wait and falls when the relay has sent them; the other gauges of docs/operations.md are there.
 */
class MetricsIT extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MailRelay relay;

    @Test
    void onlyTheScraperReadsTheMetrics_andTheOutboxBacklogRisesAndFalls() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer " + "x".repeat(METRICS_TOKEN.length())).statusCode()).isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(scrape(basic).statusCode()).as("a registry user is no scraper").isEqualTo(401);

        relay.relay();
        double before = backlog();
        String key = "metrics-it:" + System.nanoTime() + ":";
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into notification_outbox (channel, recipient, subject, body, created_at, "
                    + "idempotency_key) values ('EMAIL', ?, 'Spørreskjema', 'Svar på https://example.invalid/p', ?, ?)",
                    "metrics-" + i + "@example.invalid", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5), key + i);
        }
        assertThat(backlog()).as("three notices waiting").isEqualTo(before + 3);
        assertThat(value(metrics(), "registry_outbox_oldest_age_seconds", "")).isGreaterThanOrEqualTo(300);

        relay.relay();
        assertThat(backlog()).as("sent by the relay").isEqualTo(before);

        String all = metrics();
        for (String gauge : new String[] {"registry_patient_forms_sent_today", "registry_patient_form_jobs_due",
            "registry_patient_form_jobs_overdue", "registry_engine_jobs_failed", "registry_engine_incidents_open",
            "registry_login_accounts_locked", "registry_login_failures_total", "registry_outbox_failed_day"}) {
            assertThat(all).as(gauge).containsPattern("(?m)^" + gauge + "(\\{[^}]*\\})? ");
        }
    }

    private double backlog() throws Exception {
        return value(metrics(), "registry_outbox_backlog", "channel=\"EMAIL\"");
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = scrape("Bearer " + METRICS_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double value(String metrics, String name, String label) {
        Matcher m = Pattern.compile("(?m)^" + name + "(\\{[^}]*" + Pattern.quote(label) + "[^}]*\\})? (\\S+)$")
                .matcher(metrics);
        assertThat(m.find()).as(name + " " + label + " in\n" + metrics).isTrue();
        return Double.parseDouble(m.group(2));
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
