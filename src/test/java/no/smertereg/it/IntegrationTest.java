package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on PostgreSQL, driven over HTTP as demo users of different units and roles. The job
 * executor is off; nothing here waits on time. Metrics are exported as in production (Spring Boot's tests turn
 * them off otherwise), so {@code /actuator/prometheus} exists. Login through an OpenID Connect provider is on, against
 * the tests' own provider ({@link OidcTestProvider}), beside password and SMS code.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "spring.datasource.hikari.connection-timeout=2000",
                "registry.access.applications-per-hour=100000", "registry.demo-courses=false",
                "registry.login.failures-per-address=50", "registry.login.codes-per-hour=100000",
                "registry.synthetic-population=1000", "registry.metrics.token=" + IntegrationTest.METRICS_TOKEN,
                "registry.fhir.token=" + IntegrationTest.FHIR_TOKEN,
                "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.oauth2.server.servlet."
                        + "OAuth2AuthorizationServerAutoConfiguration,org.springframework.boot.autoconfigure.security."
                        + "oauth2.server.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
@ContextConfiguration(initializers = {PostgresTestDatabase.class, MailTestServer.class, OidcTestProvider.class})
abstract class IntegrationTest {

    static final String METRICS_TOKEN = "integration-tests-metrics-token-0123456789";
    static final String FHIR_TOKEN = "integration-tests-fhir-client-token-0123456789";
    static final String HAUKELAND = "100082";
    static final String AHUS = "100089";

    private static final AtomicInteger NEXT_PERSON = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService camundaIdentity;

    Api as(String username) {
        return new Api(port, username);
    }

    Api anonymous() {
        return new Api(port, null);
    }

    /** A living synthetic person no other test has used (a dead patient is sent no patient forms). */
    String nextSyntheticNationalId() {
        while (true) {
            Map<String, Object> person = jdbc.queryForMap("select national_id, deceased from synthetic_person "
                    + "order by national_id offset ? limit 1", NEXT_PERSON.getAndIncrement());
            if (!Boolean.TRUE.equals(person.get("deceased"))) {
                return (String) person.get("national_id");
            }
        }
    }

    /** An adult synthetic person who is no patient yet (OPR gives children no follow-up, O2). */
    String nextAdultNationalId() {
        return jdbc.queryForObject("select national_id from synthetic_person where not deceased and birth_date < "
                + "current_date - interval '20 years' and national_id not in (select national_id from patient) "
                + "order by national_id desc limit 1", String.class);
    }

    /** A page as the user sees it after logging in; it must answer 200. */
    String pageAs(String username, String path) throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        session.loginAs(username, "demo");
        java.net.http.HttpResponse<String> response = session.get(path, PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(response.statusCode()).as(username + " " + path).isEqualTo(200);
        return response.body();
    }

    /** The text of the element with this id (no markup inside). */
    static String elementText(String html, String id) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<")
                .matcher(html);
        assertThat(matcher.find()).as("an element " + id).isTrue();
        return matcher.group(1).strip();
    }

    /** The unit's index-th active department (a test may have retired one). */
    long department(String unitResh, int index) {
        List<Long> active = new java.util.ArrayList<>();
        as("lu.haukeland").get("/api/units/" + unitResh).expect(200).json().path("departments").forEach(d -> {
            if (d.path("active").asBoolean()) {
                active.add(d.path("id").asLong());
            }
        });
        return active.get(index);
    }

    /** Registers a synthetic patient in the first department of the user's unit. */
    JsonNode newCourse(String username, String unitResh) {
        return as(username).post("/api/courses", Map.of("nationalId", nextSyntheticNationalId(), "departmentId",
                department(unitResh, 0))).expect(201).json();
    }

    static Map<String, Object> finalisePayload(JsonNode form, Map<String, Object> answers) {
        return Map.of("version", form.path("version").asLong(), "answers", answers);
    }

    static JsonNode form(JsonNode course, String formKey) {
        for (JsonNode form : course.path("forms")) {
            if (form.path("formKey").asText().equals(formKey)) {
                return form;
            }
        }
        throw new AssertionError("no form " + formKey + " in " + course);
    }

    static Map<String, Object> toType3WithConsent() {
        return Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16", "Tilsett", "1",
                "InklKritOppf", "1", "SkriftligSamtyk", "1", "DatoSamtykke", "2026-11-17");
    }

    static Map<String, Object> toType1NotSeen() {
        return Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16", "Tilsett", "2");
    }

    JsonNode finalise(String username, long courseId, String formKey, Map<String, Object> answers) {
        JsonNode form = as(username).get("/api/courses/" + courseId + "/forms/" + formKey).expect(200).json();
        return as(username).post("/api/courses/" + courseId + "/forms/" + formKey + "/finalise",
                finalisePayload(form, answers)).expect(200).json();
    }

    /** Moves the engine clock (Europe/Oslo local time) and runs the instance's due jobs, as the job executor would. */
    void runDueJobs(String processInstanceId, String localTime) {
        ClockUtil.setCurrentTime(oslo(localTime));
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    static Date oslo(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }

    /** Saves an e-mail address as the patient's notification channel in PO. */
    void giveEmail(String username, long courseId, String address) {
        JsonNode po = as(username).get("/api/courses/" + courseId + "/personal-data").expect(200).json();
        as(username).put("/api/courses/" + courseId + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST"))).expect(200);
    }

    /** Logs in on the pages as a person would: password, then the SMS code read from the outbox. */
    void logIn(RealBrowser browser, String username, String password) {
        browser.open("/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.submitWith("button[type=submit]");
        browser.type("#code", new SessionClient(port, jdbc).latestCode(username));
        browser.submitWith("button[type=submit]");
    }

    /**
     * A user with the demo password and the role in the given units, made in the tables as the access process would,
     * with the Camunda user the webapps need.
     */
    void insertUser(String username, String mobile, boolean mustChangePassword, String role, String... units) {
        jdbc.update("insert into app_user (username, display_name, password_hash, enabled, mobile, created_at, "
                + "must_change_password) select ?, ?, password_hash, true, ?, now(), ? from app_user "
                + "where username = 'lu.haukeland'", username, username, mobile, mustChangePassword);
        for (String unit : units) {
            jdbc.update("insert into user_role (user_id, registry_id, unit_resh, role) select id, "
                    + "case when ? = 'SYSTEM_MANAGER' then 'platform' else 'smertereg' end, ?, ? from app_user "
                    + "where username = ?", role, unit, role, username);
        }
        camundaIdentity.saveUser(camundaIdentity.newUser(username));
    }

    /** Gives an existing user a role in a unit of a registry, as an approved application would. */
    void grantIn(String registry, String username, String unit, String role) {
        jdbc.update("insert into user_role (user_id, registry_id, unit_resh, role) select id, ?, ?, ? from app_user "
                + "where username = ?", registry, unit, role, username);
    }

    /** The id of the course's one open task of this activity, as Tasklist's REST API shows it to the user. */
    static String taskId(Api api, long courseId, String activityId) {
        JsonNode tasks = api.get("/engine-rest/task?processInstanceBusinessKey=" + courseId
                + "&taskDefinitionKey=" + activityId).expect(200).json();
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("id").asText();
    }

    JsonNode course(String username, long courseId) {
        return as(username).get("/api/courses/" + courseId).expect(200).json();
    }
}
