package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.notification.MailRelay;
import no.smertereg.eprom.process.PatientFormProcess;

/**
 * The patient's way: the e-mail from the SMTP server gives a link and a code; code and birth date open the form;
 * the answers are checked, stored and end the form's pathway, so no reminder follows; the code cannot be reused;
 * wrong codes are limited.
 */
class PatientPortalIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    MailRelay relay;

    /** Each test counts its own code attempts: they all come from this machine's address. */
    @AfterEach
    void resetClockAndAttempts() {
        ClockUtil.reset();
        jdbc.update("delete from request_limit where limit_key like 'portal-code:%'");
    }

    /** A course with a Pasreg form sent by e-mail through its pathway: the code from the mail opens it. */
    private record Sent(long courseId, String pathway, String code, String birthDate) {
    }

    private Sent pasregSent() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        String address = "portal" + id + "@example.invalid";
        as("lu.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST"))).expect(200);
        ClockUtil.setCurrentTime(oslo("2026-11-23T10:00"));
        String form = runtime.startProcessInstanceByKey(PatientFormProcess.KEY, String.valueOf(id),
                Variables.createVariables().putValue("unitResh", HAUKELAND)
                        .putValue(PatientFormProcess.VAR_PATIENT_FORM, "PASREG")
                        .putValue(PatientFormProcess.VAR_DISPATCH_AT, oslo("2026-11-23T16:30"))).getId();
        runDueJobs(form, "2026-11-23T16:30");
        relay.relay();
        String mail = mailTo(address);
        Matcher link = Pattern.compile("(http\\S+) og skriv inn koden ([A-Z2-9]{8})").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        assertThat(URI.create(link.group(1)).getPath()).isEqualTo("/pasient");
        return new Sent(id, form, link.group(2), po.path("person").path("birthDate").asText());
    }

    private static final Map<String, String> PASREG_ANSWERS = Map.of("PRSpm1", "2", "PRSpm2", "3", "PRSpm3", "4",
            "PRSpm4", "0", "PRSpm5", "3", "PRSpm6", "9");

    @Test
    void thePatientAnswersThroughThePortal_andNoReminderFollows() throws Exception {
        Sent sent = pasregSent();
        long id = sent.courseId();
        String form = sent.pathway();
        String code = sent.code();
        String birthDate = sent.birthDate();
        assertThat(jdbc.queryForObject("select process_instance_id from patient_form where course_id = ?",
                String.class, id)).as("the form keeps the pathway that sent it").isEqualTo(form);

        PortalClient patient = new PortalClient(port);
        assertThat(patient.get("/pasient").statusCode()).isEqualTo(200);
        assertThat(patient.post("/pasient", Map.of("code", code, "birthDate", "1900-01-01")).statusCode())
                .isEqualTo(400);
        HttpResponse<String> opened = patient.post("/pasient", Map.of("code", code.toLowerCase(),
                "birthDate", birthDate));
        assertThat(opened.statusCode()).isEqualTo(302);
        HttpResponse<String> page = patient.get("/pasient/skjema");
        assertThat(page.body()).contains("PRSpm1", "Vet ikke");

        HttpResponse<String> incomplete = patient.post("/pasient/skjema", Map.of("PRSpm1", "2"));
        assertThat(incomplete.statusCode()).isEqualTo(400);
        HttpResponse<String> done = patient.post("/pasient/skjema", PASREG_ANSWERS);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Takk");

        assertThat(jdbc.queryForMap("select state, code_hash from patient_form where course_id = ?", id))
                .containsEntry("state", "COMPLETED").containsEntry("code_hash", null);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(form).count())
                .as("the pathway ended with the answer: no reminder timer is left").isZero();
        assertThat(management.createJobQuery().processInstanceId(form).count()).isZero();
        assertThat(jdbc.queryForList("select username, form from audit_event where course_id = ? and action = "
                + "'PATIENT_FORM_ANSWER'", id)).as("the audit log names the patient portal, not a clinician")
                .containsExactly(Map.of("username", "pasient", "form", "PASREG"));
        assertThat(jdbc.queryForList("select client_address from audit_event where username = 'pasient' and "
                + "course_id = ?", String.class, id)).as("a patient's own address is not kept").containsOnlyNulls();

        PortalClient again = new PortalClient(port);
        again.get("/pasient");
        assertThat(again.post("/pasient", Map.of("code", code, "birthDate", birthDate)).statusCode())
                .as("attempt 3: the used code").isEqualTo(400);
        assertThat(again.post("/pasient", Map.of("code", "WRONG234", "birthDate", birthDate)).statusCode())
                .as("attempt 4").isEqualTo(400);
        assertThat(again.post("/pasient", Map.of("code", "WRONG567", "birthDate", birthDate)).statusCode())
                .as("attempt 5").isEqualTo(400);
        assertThat(again.post("/pasient", Map.of("code", "WRONG890", "birthDate", birthDate)).statusCode())
                .as("attempt 6 in fifteen minutes").isEqualTo(429);
    }

    /**
     * A form sent before the pathway was kept with it (V30), or whose pathway no longer waits for the answer, is
     * answered all the same: the answer goes to the course's pathway for that form.
     */
    @Test
    void anAnswerReachesThePathwayThatWaits_whenTheOneKeptWithTheFormNoLongerDoes() throws Exception {
        Sent sent = pasregSent();
        jdbc.update("update patient_form set process_instance_id = 'ended-pathway' where course_id = ?",
                sent.courseId());

        PortalClient patient = new PortalClient(port);
        patient.get("/pasient");
        assertThat(patient.post("/pasient", Map.of("code", sent.code(), "birthDate", sent.birthDate()))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> done = patient.post("/pasient/skjema", PASREG_ANSWERS);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ?", String.class,
                sent.courseId())).isEqualTo("COMPLETED");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(sent.pathway()).count())
                .as("the waiting pathway got the answer and ended").isZero();
    }

    /**
     * ADR 0016, "ikke send varsel": the user opens the form at the clinic and gets a code to hand the patient; nothing
     * is sent. A second opening gives a new code and the first stops working; an answered form cannot be opened.
     */
    @Test
    void aFormOpenedAtTheClinic_givesTheUserACode_sendsNothing_andIsAnsweredOnThePortal() throws Exception {
        jdbc.update("delete from request_limit where limit_key like 'portal-code:%'");
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        JsonNode po = as("lu.haukeland").get("/api/courses/" + id + "/personal-data").json();
        String address = "klinikk" + id + "@example.invalid";
        as("lu.haukeland").put("/api/courses/" + id + "/personal-data", Map.of("version", po.path("version")
                .asLong(), "answers", Map.of("Epost", address, "Varslingskanal", "EPOST"))).expect(200);
        String birthDate = po.path("person").path("birthDate").asText();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        String atClinic = "/api/courses/" + id + "/patient-forms/PASREG/at-clinic";

        as("lu.ahus").post(atClinic, Map.of()).expect(404);
        String first = as("lu.haukeland").post(atClinic, Map.of()).expect(200).json().path("code").asText();
        JsonNode second = as("lu.haukeland").post(atClinic, Map.of()).expect(200).json();
        String code = second.path("code").asText();
        assertThat(code).matches("[A-Z2-9]{8}").isNotEqualTo(first);
        assertThat(second.path("patientForms").findValuesAsText("state")).contains("SENT");

        PortalClient stale = new PortalClient(port);
        stale.get("/pasient");
        assertThat(stale.post("/pasient", Map.of("code", first, "birthDate", birthDate)).statusCode())
                .as("the first code stopped working").isEqualTo(400);
        PortalClient patient = new PortalClient(port);
        patient.get("/pasient");
        assertThat(patient.post("/pasient", Map.of("code", code, "birthDate", birthDate)).statusCode())
                .isEqualTo(302);
        assertThat(patient.post("/pasient/skjema", Map.of("PRSpm1", "2", "PRSpm2", "3", "PRSpm3", "4", "PRSpm4",
                "0", "PRSpm5", "3", "PRSpm6", "9")).statusCode()).isEqualTo(200);

        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'PASREG'",
                String.class, id)).isEqualTo("COMPLETED");
        as("lu.haukeland").post(atClinic, Map.of()).expect(409);
        assertThat(jdbc.queryForList("select e.event from dispatch_event e join patient_form f on "
                + "f.id = e.patient_form_id where f.course_id = ? and f.form_type = 'PASREG' order by e.id",
                String.class, id)).containsExactly("AT_CLINIC", "AT_CLINIC", "ANSWERED");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                address)).as("no notice").isZero();
        assertThat(jdbc.queryForList("select username from audit_event where course_id = ? and action = "
                + "'PATIENT_FORM_AT_CLINIC'", String.class, id)).containsExactly("lu.haukeland", "lu.haukeland");
    }

    private String mailTo(String address) throws Exception {
        List<MimeMessage> mails = MailTestServer.receivedBy(address);
        assertThat(mails).hasSize(1);
        return mails.get(0).getContent().toString();
    }
}
