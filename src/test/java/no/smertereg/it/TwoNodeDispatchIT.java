package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import no.smertereg.RegistryApplication;
import no.smertereg.eprom.process.PatientFormProcess;

/**
 * Two application nodes with their job executors on one PostgreSQL: 500 patient forms due at 16:30 are each sent
 * exactly once (ledger and SMTP count), even when one node stops in the middle of the batch, and none is stuck.
 */
class TwoNodeDispatchIT {

    private static final int FORMS = 500;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        ClockUtil.reset();
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void fiveHundredFormsDueAt1630AreSentExactlyOnceByTwoNodes_oneStoppingMidBatch() {
        ConfigurableApplicationContext node1 = node("node1");
        ConfigurableApplicationContext node2 = node("node2");
        JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
        Api lu = new Api(port(node1), "lu.haukeland");
        long department = lu.get("/api/units/100082").expect(200).json().path("departments").get(0).path("id")
                .asLong();
        String nationalId = jdbc.queryForObject("select national_id from synthetic_person order by national_id desc "
                + "limit 1", String.class);
        JsonNode first = lu.post("/api/courses", Map.of("nationalId", nationalId, "departmentId", department))
                .expect(201).json();
        String address = "klynge" + first.path("pid").asLong() + "@example.invalid";
        JsonNode po = lu.get("/api/courses/" + first.path("id").asLong() + "/personal-data").json();
        lu.put("/api/courses/" + first.path("id").asLong() + "/personal-data", Map.of("version",
                po.path("version").asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST")))
                .expect(200);

        ClockUtil.setCurrentTime(oslo("2031-03-03T10:00"));
        RuntimeService runtime = node1.getBean(RuntimeService.class);
        List<Long> courses = new ArrayList<>();
        courses.add(first.path("id").asLong());
        while (courses.size() < FORMS) {
            courses.add(lu.post("/api/courses", Map.of("nationalId", nationalId, "departmentId", department))
                    .expect(201).json().path("id").asLong());
        }
        for (Long course : courses) {
            runtime.startProcessInstanceByKey(PatientFormProcess.KEY, course.toString(), Variables.createVariables()
                    .putValue("unitResh", "100082").putValue(PatientFormProcess.VAR_PATIENT_FORM, "PASREG")
                    .putValue(PatientFormProcess.VAR_DISPATCH_AT, oslo("2031-03-03T16:30")));
        }
        String ours = "(select id from patient_form where form_type = 'PASREG' and course_id in (select id from "
                + "course where pid = " + first.path("pid").asLong() + "))";

        ClockUtil.setCurrentTime(oslo("2031-03-03T16:31"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from dispatch_event where event = 'SENT' and patient_form_id in " + ours,
                Long.class) >= FORMS / 5);
        node2.close();

        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(
                "select count(*) from notification_outbox where sent_at is not null and idempotency_key like "
                        + "'%:ServiceTask_SendForm' and recipient = ''", Long.class) >= FORMS
                && MailTestServer.receivedBy(address).size() >= FORMS);

        assertThat(jdbc.queryForObject("select count(*) from dispatch_event where event = 'SENT' and "
                + "patient_form_id in " + ours, Long.class)).isEqualTo(FORMS);
        assertThat(MailTestServer.receivedBy(address).size()).as("e-mails at the SMTP server").isEqualTo(FORMS);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e on "
                + "e.proc_inst_id_ = j.process_instance_id_ where e.business_key_ in (select cast(id as varchar) from "
                + "course where pid = ?) and j.handler_type_ <> 'timer-transition'", Long.class,
                first.path("pid").asLong())).as("no send job left behind").isZero();
    }

    private ConfigurableApplicationContext node(String name) {
        String[] db = PostgresTestDatabase.connection();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class).run(
                "--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
                "--spring.datasource.password=" + db[2], "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
                "--camunda.bpm.job-execution.max-wait=500", "--camunda.bpm.job-execution.wait-time-in-millis=100",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MailTestServer.server().getSmtp().getPort(),
                "--registry.mail-relay-delay=PT0.5S", "--registry.demo-courses=false");
        nodes.add(context);
        return context;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Date oslo(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }
}
