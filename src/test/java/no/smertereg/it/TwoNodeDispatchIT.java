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
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
 * Two application nodes with their job executors on one PostgreSQL: 2,000 patient forms due at 16:30 are each sent
 * exactly once (ledger and SMTP count) although one node is killed (SIGKILL, in its own JVM) in the middle of the
 * batch with jobs in hand, and nothing is left stuck: the dead node's locks expire and the other node finishes. The
 * demo clock leaves such a batch to the executors.
 */
class TwoNodeDispatchIT {

    private static final int FORMS = 2000;
    private static final Duration LOCK_TIME = Duration.ofSeconds(30);
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private NodeProcess otherNode;

    @AfterEach
    void stop() throws InterruptedException {
        ClockUtil.reset();
        nodes.forEach(ConfigurableApplicationContext::close);
        if (otherNode != null && otherNode.isAlive()) {
            otherNode.kill();
        }
    }

    @Test
    void twoThousandFormsDueAt1630AreSentExactlyOnce_oneNodeKilledMidBatch() throws Exception {
        ConfigurableApplicationContext node1 = node("node1");
        JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
        Batch batch = formsDueAt1630(node1, FORMS, "klynge");

        Date afterDispatch = oslo("2031-03-03T16:31");
        otherNode = NodeProcess.start("node2", afterDispatch.toInstant(), List.of(nodeArguments("node2", false)));
        String node1Owner = node1.getBean(ProcessEngineConfigurationImpl.class).getJobExecutor().getLockOwner();
        ClockUtil.setCurrentTime(afterDispatch);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100)).until(() ->
                jdbc.queryForObject(batch.sent(), Long.class) >= FORMS / 5 && jdbc.queryForObject("select count(*) "
                        + "from act_ru_job where lock_owner_ is not null and lock_owner_ <> ?", Long.class,
                        node1Owner) > 0);
        otherNode.kill();
        long sentWhenKilled = jdbc.queryForObject(batch.sent(), Long.class);
        assertThat(sentWhenKilled).as("killed in the middle of the batch").isLessThan(FORMS);

        ClockUtil.setCurrentTime(Date.from(afterDispatch.toInstant().plus(LOCK_TIME).plusSeconds(5)));
        awaitAllSent(jdbc, batch, FORMS, Duration.ofMinutes(5));
        assertExactlyOnce(jdbc, batch, FORMS);
    }

    /**
     * The demo clock (demo mode, system manager) moves the node's time and leaves the work to the job executors:
     * moved on both nodes, 20 calls in all while the nodes send a batch, every call answers 200 and every form is
     * sent once. It used to run the due jobs in the request thread, against the other node's locks, and answered 500
     * on most such calls.
     */
    @Test
    void theDemoClockMovesTime_andLeavesTheBatchToTheExecutors_answering200WhileBothNodesSend() throws Exception {
        ConfigurableApplicationContext node1 = node("node1");
        JdbcTemplate jdbc = node1.getBean(JdbcTemplate.class);
        Batch batch = formsDueAt1630(node1, 300, "demoklokke");
        otherNode = NodeProcess.start("node2", oslo("2031-03-03T10:00").toInstant(),
                List.of(nodeArguments("node2", false)));
        List<Api> admins = List.of(new Api(port(node1), "admin"), new Api(otherNode.port(), "admin"));

        JsonNode moved = admins.get(0).post("/api/demo/clock", Map.of("at", "2031-03-03T16:31")).expect(200).json();
        assertThat(moved.path("now").asText()).startsWith("2031-03-03T15:31");
        assertThat(moved.path("jobsDue").asLong()).as("due now, left to the executors").isGreaterThanOrEqualTo(300);
        for (int call = 1; call < 20; call++) {
            admins.get(call % 2).post("/api/demo/clock", Map.of("at", "2031-03-03T16:3" + (1 + call % 9)))
                    .expect(200);
        }

        awaitAllSent(jdbc, batch, 300, Duration.ofMinutes(2));
        assertExactlyOnce(jdbc, batch, 300);
    }

    /** Patient forms of one patient's courses, due at 16:30 on 2031-03-03, their notices by e-mail to one address. */
    private static Batch formsDueAt1630(ConfigurableApplicationContext node, int forms, String mailbox) {
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        Api lu = new Api(port(node), "lu.haukeland");
        long department = lu.get("/api/units/100082").expect(200).json().path("departments").get(0).path("id")
                .asLong();
        String nationalId = jdbc.queryForObject("select national_id from synthetic_person where national_id not in "
                + "(select national_id from patient) order by national_id desc limit 1", String.class);
        JsonNode first = lu.post("/api/courses", Map.of("nationalId", nationalId, "departmentId", department))
                .expect(201).json();
        long pid = first.path("pid").asLong();
        String address = mailbox + pid + "@example.invalid";
        JsonNode po = lu.get("/api/courses/" + first.path("id").asLong() + "/personal-data").json();
        lu.put("/api/courses/" + first.path("id").asLong() + "/personal-data", Map.of("version",
                po.path("version").asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST")))
                .expect(200);

        ClockUtil.setCurrentTime(oslo("2031-03-03T10:00"));
        RuntimeService runtime = node.getBean(RuntimeService.class);
        List<Long> courses = new ArrayList<>(List.of(first.path("id").asLong()));
        courses.addAll(copiesOf(jdbc, first.path("id").asLong(), forms - 1));
        for (Long course : courses) {
            runtime.startProcessInstanceByKey(PatientFormProcess.KEY, course.toString(), Variables.createVariables()
                    .putValue("unitResh", "100082").putValue(PatientFormProcess.VAR_PATIENT_FORM, "PASREG")
                    .putValue(PatientFormProcess.VAR_DISPATCH_AT, oslo("2031-03-03T16:30")));
        }
        return new Batch(pid, address);
    }

    private record Batch(long pid, String address) {

        String sent() {
            return "select count(*) from dispatch_event where event = 'SENT' and patient_form_id in (select id from "
                    + "patient_form where form_type = 'PASREG' and course_id in (select id from course where pid = "
                    + pid + "))";
        }
    }

    private static void awaitAllSent(JdbcTemplate jdbc, Batch batch, int forms, Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForObject(batch.sent(),
                Long.class) >= forms && MailTestServer.receivedBy(batch.address()).size() >= forms);
    }

    private static void assertExactlyOnce(JdbcTemplate jdbc, Batch batch, int forms) {
        assertThat(jdbc.queryForObject(batch.sent(), Long.class)).as("ledger").isEqualTo(forms);
        assertThat(MailTestServer.receivedBy(batch.address()).size()).as("e-mails at the SMTP server")
                .isEqualTo(forms);
        assertThat(jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e on "
                + "e.proc_inst_id_ = j.process_instance_id_ where e.business_key_ in (select cast(id as varchar) from "
                + "course where pid = ?) and j.handler_type_ <> 'timer-transition'", Long.class, batch.pid()))
                .as("no send job left behind").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Long.class)).as("no incident")
                .isZero();
    }

    /**
     * More courses of the same patient and unit, as rows copied from a registered one: the dispatch reads the course
     * and the patient only, and 2,000 registrations through the API would make this test minutes longer.
     */
    private static List<Long> copiesOf(JdbcTemplate jdbc, long courseId, int copies) {
        String columns = String.join(", ", jdbc.queryForList("select column_name from information_schema.columns "
                + "where table_name = 'course' and column_name not in ('id', 'process_instance_id') order by "
                + "ordinal_position", String.class));
        return jdbc.queryForList("insert into course (" + columns + ") select " + columns + " from course, "
                + "generate_series(1, ?) where id = ? returning id", Long.class, copies, courseId);
    }

    private ConfigurableApplicationContext node(String name) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class).run(
                withPort(nodeArguments(name, true), 0));
        nodes.add(context);
        return context;
    }

    private static String[] nodeArguments(String name, boolean mailRelay) {
        String[] db = PostgresTestDatabase.connection();
        return new String[] {"--spring.datasource.url=" + db[0], "--spring.datasource.username=" + db[1],
            "--spring.datasource.password=" + db[2],
            "--camunda.bpm.process-engine-name=" + name, "--camunda.bpm.job-execution.enabled=true",
            "--camunda.bpm.job-execution.max-wait=500", "--camunda.bpm.job-execution.wait-time-in-millis=100",
            "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
            "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MailTestServer.server().getSmtp().getPort(),
            "--registry.mail-relay-delay=PT0.5S", "--registry.mail-relay-enabled=" + mailRelay, "--registry.demo-courses=false"};
    }

    private static String[] withPort(String[] arguments, int port) {
        String[] all = java.util.Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = "--server.port=" + port;
        return all;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static Date oslo(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Oslo")).toInstant());
    }
}
