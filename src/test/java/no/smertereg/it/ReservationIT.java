package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import no.smertereg.notification.MailRelay;

/**
 * R2, R3 on PostgreSQL: a reservation registered while Pasreg and HADS wait for 16:30 withdraws them, so nothing
 * goes out when 16:30 comes, and the course moves to the local registry; an oral reservation reported on the
 * course page reaches the secretariat by e-mail with the PID and nothing else about the patient.
 */
class ReservationIT extends IntegrationTest {

    static final String SECRETARIAT_MAIL = "sekretariat@smertereg.invalid";

    @Autowired
    RuntimeService runtime;
    @Autowired
    MailRelay relay;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aReservationRegisteredBefore1630_sendsNothing_andTheCourseIsLocal() throws Exception {
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        ClockUtil.setCurrentTime(oslo(today + "T10:00"));
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", id, "reservert" + id + "@example.invalid");
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        List<String> patientForms = patientFormInstances(id);
        assertThat(patientForms).hasSize(2);
        assertThat(course("lu.haukeland", id).path("registry").asText()).isEqualTo("NATIONAL");
        long pid = course("lu.haukeland", id).path("pid").asLong();

        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel",
                "HELSENORGE", "receivedOn", today)).statusCode()).isEqualTo(302);
        long reservation = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
        assertThat(secretariat.get("/reservasjoner").body()).contains("reservation-" + reservation);
        assertThat(secretariat.post("/reservasjoner/" + reservation + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);

        for (String instance : patientForms) {
            runDueJobs(instance, today + "T16:30");
            runDueJobs(instance, today + "T16:40");
        }
        relay.relay();

        assertThat(ledger(id)).isNotEmpty().allMatch(e -> e.equals("CLOSED:null:5"));
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                "reservert" + id + "@example.invalid")).isZero();
        assertThat(MailTestServer.receivedBy("reservert" + id + "@example.invalid")).isEmpty();
        assertThat(patientFormInstances(id)).isEmpty();
        JsonNode course = as("lc.haukeland").get("/api/courses/" + id).expect(200).json();
        assertThat(course.path("registry").asText()).isEqualTo("LOCAL");
        assertThat(jdbc.queryForMap("select reserved, reserved_on from patient where pid = ?", pid))
                .containsEntry("reserved", true);
        assertThat(jdbc.queryForObject("select state from reservation where id = ?", String.class, reservation))
                .isEqualTo("REGISTERED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(String.valueOf(reservation))
                .processDefinitionKey("reservation").count()).isZero();
        as("sc").get("/api/courses/" + id).expect(404);
        assertThat(jdbc.queryForList("select action from audit_event where course_id = ? and username = "
                + "'sekretariat' and kind = 'CHANGE'", String.class, id))
                .as("the unit's LC can see in the audit log why the course left the national registry")
                .containsExactlyInAnyOrder("COURSE_MOVE_LOCAL", "PATIENT_FORMS_WITHDRAWN");
    }

    @Test
    void anOralReservation_mailsTheSecretariatThePidOnly_andWaitsForTheSecretariat() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode person = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").expect(200).json()
                .path("person");
        long pid = course("lu.haukeland", id).path("pid").asLong();

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        HttpResponse<String> unconfirmed = clinician.post("/forlop/" + id + "/muntlig-reservasjon", Map.of());
        assertThat(unconfirmed.statusCode()).as("not confirmed: 400 at the box, nothing sent").isEqualTo(400);
        assertThat(unconfirmed.body()).contains("oral-reservation-problem", "Bekreft at pasienten");
        assertThat(jdbc.queryForObject("select count(*) from reservation where pid = ?", Long.class, pid)).isZero();
        assertThat(clinician.post("/forlop/" + id + "/muntlig-reservasjon", Map.of("confirm", "true")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> again = clinician.post("/forlop/" + id + "/muntlig-reservasjon", Map.of("confirm",
                "true"));
        assertThat(again.statusCode()).as("a second report of the same patient is refused").isEqualTo(409);
        assertThat(again.body()).contains("allerede en åpen reservasjonssak");
        relay.relay();

        List<MimeMessage> mails = MailTestServer.receivedBy(SECRETARIAT_MAIL).stream()
                .filter(m -> subject(m).contains("PID " + pid)).toList();
        assertThat(mails).hasSize(1);
        String text = subject(mails.get(0)) + "\n" + mails.get(0).getContent();
        assertThat(text).contains("PID " + pid).doesNotContain(person.path("nationalId").asText(),
                person.path("givenName").asText(), person.path("familyName").asText());
        Map<String, Object> reservation = jdbc.queryForMap("select channel, received_on, state, logged_by, "
                + "process_instance_id from reservation where pid = ?", pid);
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        HttpResponse<String> logged = secretariat.post("/reservasjoner", Map.of("patient", String.valueOf(pid),
                "channel", "PAPER", "receivedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()));
        assertThat(logged.statusCode()).as("the secretariat cannot open a second case either").isEqualTo(409);
        assertThat(logged.body()).contains("patient-problem", "allerede en åpen reservasjonssak");
        assertThat(jdbc.queryForObject("select count(*) from reservation where pid = ?", Long.class, pid))
                .isEqualTo(1);
        assertThat(reservation).containsEntry("channel", "ORAL").containsEntry("state", "RECEIVED")
                .containsEntry("logged_by", "lu.haukeland");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(
                (String) reservation.get("process_instance_id")).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select reserved from patient where pid = ?", Boolean.class, pid)).isFalse();

        SessionClient otherUnit = new SessionClient(port, jdbc);
        otherUnit.loginAs("lu.ahus", "demo");
        assertThat(otherUnit.post("/forlop/" + id + "/muntlig-reservasjon", Map.of()).statusCode()).isEqualTo(404);

        String instance = (String) reservation.get("process_instance_id");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult().getTenantId())
                .as("the case belongs to the national unit").isEqualTo("0");
        String caseTasks = "/engine-rest/task?processInstanceId=" + instance;
        SessionClient coordinator = new SessionClient(port, jdbc);
        coordinator.loginAs("lc.haukeland", "demo");
        assertThat(coordinator.get(caseTasks).body()).as("a unit's LC does not, even of the unit's own patient")
                .isEqualTo("[]");
    }

    /**
     * Issue 18: one open reservation case per patient, also when the requests come at once: the database's unique
     * open PID lets one through and the others are 409, with no second process or e-mail; a case registered frees
     * the patient for a new one. The constraint holds for any node (a second open row is refused by the database).
     */
    @Test
    void reservationsForOnePatientAtOnce_openOneCase_andTheDatabaseRefusesASecondOpenOne() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long pid = course("lu.haukeland", id).path("pid").asLong();
        String today = LocalDate.now(ZoneId.of("Europe/Oslo")).toString();
        List<SessionClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SessionClient client = new SessionClient(port, jdbc);
            client.loginAs(i % 2 == 0 ? "sekretariat" : "sc", "demo");
            clients.add(client);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (SessionClient client : clients) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel",
                            "HELSENORGE", "receivedOn", today)).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("select process_instance_id from reservation where pid = ?", String.class, pid))
                .hasSize(1).allSatisfy(instance -> assertThat(instance).isNotNull());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("reservation")
                .processInstanceBusinessKey(String.valueOf(jdbc.queryForObject(
                        "select id from reservation where pid = ?", Long.class, pid))).count()).isEqualTo(1);
        assertThatThrownBy(() -> jdbc.update("insert into reservation (pid, open_pid, channel, received_on, "
                + "logged_at, logged_by, state) values (?, ?, 'PAPER', current_date, now(), 'x', 'RECEIVED')", pid, pid))
                .isInstanceOf(DataIntegrityViolationException.class);

        long first = jdbc.queryForObject("select id from reservation where pid = ?", Long.class, pid);
        assertThat(clients.get(0).post("/reservasjoner/" + first + "/registrering", Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(clients.get(0).post("/reservasjoner", Map.of("patient", String.valueOf(pid), "channel", "PAPER",
                "receivedOn", today)).statusCode()).as("registered: a new case may be opened").isEqualTo(302);
    }

    @Test
    void aReservationLeftOverThirtyDays_remindsTheSecretariat_tellsSc_andRecordsTheDeadline_withThePidOnly()
            throws Exception {
        String nationalId = nextSyntheticNationalId();
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        String received = LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(31).toString();
        assertThat(secretariat.post("/reservasjoner", Map.of("patient", nationalId, "channel", "SECURE_MESSAGE",
                "receivedOn", received)).statusCode()).isEqualTo(302);
        Map<String, Object> reservation = jdbc.queryForMap("select r.id, r.pid, r.process_instance_id from "
                + "reservation r join patient p on p.pid = r.pid where p.national_id = ?", nationalId);
        long id = ((Number) reservation.get("id")).longValue();

        runDueJobs((String) reservation.get("process_instance_id"), LocalDate.now(ZoneId.of("Europe/Oslo"))
                + "T" + java.time.LocalTime.now(ZoneId.of("Europe/Oslo")).withNano(0));

        List<Map<String, Object>> mails = jdbc.queryForList("select recipient, subject, body, idempotency_key "
                + "from notification_outbox where idempotency_key like ?", "privacy-%:reservation:" + id + "%");
        assertThat(mails).extracting(m -> m.get("idempotency_key").toString().split(":")[0])
                .contains("privacy-reminder", "privacy-escalation", "privacy-deadline");
        assertThat(mails).filteredOn(m -> m.get("idempotency_key").toString().startsWith("privacy-reminder"))
                .extracting(m -> m.get("recipient")).containsExactly(SECRETARIAT_MAIL);
        String name = jdbc.queryForObject("select family_name from patient where national_id = ?", String.class,
                nationalId);
        for (Map<String, Object> mail : mails) {
            assertThat(mail.get("subject") + " " + mail.get("body")).contains("Reservasjon " + id,
                    "PID " + reservation.get("pid"))
                    .doesNotContain(nationalId, name);
        }
        assertThat(jdbc.queryForObject("select deadline_passed from reservation where id = ?", Boolean.class, id))
                .isTrue();
        assertThat(secretariat.get("/reservasjoner").body()).contains("Fristen er ute");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(
                (String) reservation.get("process_instance_id")).count()).as("the task stays open").isEqualTo(1);
    }

    @Test
    void badInputOnTheReservationsPage_isA400NamingTheField() throws Exception {
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        var response = secretariat.post("/reservasjoner", Map.of("patient", "12345678901", "channel", "PAPER",
                "receivedOn", LocalDate.now().minusDays(1).toString()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("patient-problem");
        response = secretariat.post("/reservasjoner", Map.of("patient", nextSyntheticNationalId(), "channel", "FAX",
                "receivedOn", "2026-01-01"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("channel-problem");

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        assertThat(clinician.get("/reservasjoner").statusCode()).isEqualTo(403);
    }

    @Test
    void aRequestAboutSomeoneTheRegistryDoesNotHold_isRefused_andCreatesNoPatient() throws Exception {
        SessionClient secretariat = new SessionClient(port, jdbc);
        secretariat.loginAs("sekretariat", "demo");
        String stranger = nextSyntheticNationalId();

        var response = secretariat.post("/pasientrettigheter", Map.of("patient", stranger, "kind", "ACCESS",
                "receivedOn", LocalDate.now().minusDays(1).toString()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("patient-problem");
        assertThat(jdbc.queryForObject("select count(*) from patient where national_id = ?", Long.class, stranger))
                .as("asking for access must not put the person in the registry").isZero();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> patientFormInstances(long courseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).list().stream().map(pi -> pi.getId()).toList();
    }

    private List<String> ledger(long courseId) {
        return jdbc.queryForList("select e.event || ':' || coalesce(e.channel, 'null') || ':' "
                + "|| coalesce(cast(e.reason_code as varchar), 'null') from dispatch_event e join patient_form f "
                + "on f.id = e.patient_form_id where f.course_id = ? order by e.id", String.class, courseId);
    }
}
