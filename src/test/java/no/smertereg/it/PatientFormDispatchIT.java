package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;


import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.eprom.PatientFormDispatch;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.SmerteregPatientForms;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.notification.MailRelay;

/**
 * The patient-form pathway on PostgreSQL with the real ledger and outbox: the notice carries a link and a code
 * only, a retried send notifies once, and an unanswered form is locked with reason 7.
 */
class PatientFormDispatchIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    PatientFormDispatch dispatch;
    @Autowired
    MailRelay relay;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anUnansweredFormIsSentRemindedAndLocked_withNoticesThatHoldNoPersonalData() {
        JsonNode course = newCourse("lu.haukeland", HAUKELAND);
        long id = course.path("id").asLong();
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        as("lu.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Telefon", "+47 400 00 001", "Varslingskanal", "SMS"))).expect(200);

        ClockUtil.setCurrentTime(oslo("2026-11-23T10:00"));
        String form = runtime.startProcessInstanceByKey(PatientFormProcess.KEY, String.valueOf(id),
                Variables.createVariables().putValue("unitResh", HAUKELAND).putValue(PatientFormProcess.VAR_PATIENT_FORM, "PASREG")
                .putValue(PatientFormProcess.VAR_DISPATCH_AT, oslo("2026-11-23T16:30"))).getId();
        runDueJobs(form, "2026-11-23T16:30");
        runDueJobs(form, "2026-11-26T16:30");
        runDueJobs(form, "2026-11-29T16:30");

        assertThat(ledger(id)).containsExactly("SENT:SMS:null", "REMINDED:SMS:null", "LOCKED:null:7");
        assertThat(jdbc.queryForMap("select state, reason_code from patient_form where course_id = ?", id))
                .containsEntry("state", "LOCKED_UNANSWERED").containsEntry("reason_code", 7);
        List<String> notices = jdbc.queryForList("select body from notification_outbox where recipient = ? "
                + "and idempotency_key not like 'login-code:%'",
                String.class, "+47 400 00 001");
        assertThat(notices).hasSize(2);
        JsonNode person = po.path("person");
        for (String notice : notices) {
            assertThat(notice).contains("http").matches("(?s).*koden [A-Z2-9]{8}.*")
                    .doesNotContain(person.path("nationalId").asText(), person.path("familyName").asText(),
                            person.path("givenName").asText());
        }
    }

    @Test
    void aRetriedSendNotifiesOnce() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        as("lu.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Epost", "pasient@example.invalid", "Varslingskanal", "EPOST")))
                .expect(200);

        dispatch.send(id, SmerteregPatientForms.HADS, "retry-test:" + id, null, null);
        dispatch.send(id, SmerteregPatientForms.HADS, "retry-test:" + id, null, null);

        assertThat(ledger(id)).containsExactly("SENT:EMAIL:null");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key = ?",
                Long.class, "retry-test:" + id)).isEqualTo(1);
    }

    @Test
    void anEmailNoticeReachesTheSmtpServerOnce_withALinkAndACodeOnly() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        String address = "pasient" + id + "@example.invalid";
        as("lu.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST"))).expect(200);

        dispatch.send(id, SmerteregPatientForms.PASREG, "mail-test:" + id, null, null);
        relay.relay();
        relay.relay();

        List<MimeMessage> received = MailTestServer.receivedBy(address);
        assertThat(received).hasSize(1);
        String body = received.get(0).getContent().toString();
        JsonNode person = po.path("person");
        assertThat(received.get(0).getSubject()).isEqualTo("Spørreskjema fra SmerteReg");
        assertThat(body).contains("http").doesNotContain(person.path("nationalId").asText(),
                person.path("familyName").asText(), person.path("givenName").asText());
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where idempotency_key = ? "
                + "and sent_at is not null", Long.class, "mail-test:" + id)).isEqualTo(1);
    }

    private List<String> ledger(long courseId) {
        return jdbc.queryForList("select e.event || ':' || coalesce(e.channel, 'null') || ':' "
                + "|| coalesce(cast(e.reason_code as varchar), 'null') from dispatch_event e join patient_form f "
                + "on f.id = e.patient_form_id where f.course_id = ? order by e.id", String.class, courseId);
    }

}
