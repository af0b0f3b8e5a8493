package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * P6 for one form after others were sent, and for every pending form of a course at once (issue 18); a patient
 * without phone or e-mail (the form waits for paper or a manual dispatch instead of being recorded as sent, and is
 * locked as never sent, reason 8, when neither comes); and a patient already dead when consent is registered.
 */
class PatientFormStopAndContactIT extends IntegrationTest {

    @Autowired
    RuntimeService runtime;

    @Test
    void oneFormIsStoppedAfterItWasSent_theOthersGoOn() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, "stopp@example.invalid");
        Api lu = as("lu.haukeland");
        lu.post(forms(id) + "/HADS/dispatch", Map.of()).expect(200);

        JsonNode wrongReason = lu.post(forms(id) + "/HADS/stop", Map.of("reason", 1)).expect(400).json();
        assertThat(wrongReason.path("errors").get(0).path("field").asText()).isEqualTo("reason");
        lu.post(forms(id) + "/HADS/stop", Map.of("reason", 4)).expect(200);
        lu.post(forms(id) + "/EVAL/stop", Map.of("reason", 3)).expect(200);

        assertThat(state(id, "HADS")).isEqualTo("CLOSED:4");
        assertThat(state(id, "EVAL")).isEqualTo("CLOSED:3");
        assertThat(state(id, "PASREG")).isEqualTo("PLANNED:null");
        lu.post(forms(id) + "/HADS/stop", Map.of("reason", 4)).expect(409);
        lu.post(forms(id) + "/closure", Map.of("reason", 9)).expect(409);
        as("lu.ahus").post(forms(id) + "/PASREG/stop", Map.of("reason", 4)).expect(404);
        assertThat(running(id)).as("only Pasreg still waits for its 16:30 send").containsExactly("PASREG");

        JsonNode row = null;
        for (JsonNode r : lu.get("/api/worklist?size=500&unit=" + HAUKELAND).expect(200).json()) {
            row = r.path("courseId").asLong() == id ? r : row;
        }
        assertThat(row).as("the course is on the worklist").isNotNull();
        JsonNode marks = row.path("patientForms");
        assertThat(marks.path("PASREG").path("state").asText()).isEqualTo("PLANNED");
        assertThat(marks.path("HADS").path("state").asText()).isEqualTo("CLOSED");
        assertThat(marks.path("HADS").path("reasonCode").asInt()).isEqualTo(4);
        assertThat(marks.path("OPIOID").path("state").asText()).isEqualTo("AVAILABLE");
    }

    /**
     * Issue 18: "Stopp all utsending" stops the sent Pasreg and the not yet ordered Eval and Opioid with one reason,
     * each exactly as a stop of that one form does (state, reason, ledger line), and leaves the answered HADS; a
     * missing or wrong reason is 400 on {@code reason} and changes nothing; with nothing left to stop it is 409.
     * On the old main there was no such call (404/405).
     */
    @Test
    void stopAll_stopsEveryPendingFormAsASingleStopWould_andARefusalChangesNothing() {
        Api lu = as("lu.haukeland");
        long id = sentPasregAnsweredHads("stopp-alle");
        long single = sentPasregAnsweredHads("stopp-hver");

        assertThat(lu.post(forms(id) + "/stop", Map.of()).expect(400).json().path("errors").get(0).path("field")
                .asText()).isEqualTo("reason");
        assertThat(lu.post(forms(id) + "/stop", Map.of("reason", 9)).expect(400).json().path("errors").get(0)
                .path("field").asText()).isEqualTo("reason");
        assertThat(states(id)).as("a refused call changes nothing").containsExactly("PASREG:SENT:null",
                "HADS:COMPLETED:null", "EVAL:AVAILABLE:null", "OPIOID:AVAILABLE:null");

        lu.post(forms(id) + "/stop", Map.of("reason", 3)).expect(200);
        for (String form : List.of("PASREG", "EVAL", "OPIOID")) {
            lu.post(forms(single) + "/" + form + "/stop", Map.of("reason", 3)).expect(200);
        }

        assertThat(states(id)).containsExactly("PASREG:CLOSED:3", "HADS:COMPLETED:null", "EVAL:CLOSED:3",
                "OPIOID:CLOSED:3");
        assertThat(states(id)).as("the same as stopping each form").isEqualTo(states(single));
        assertThat(closedInLedger(id)).containsExactlyInAnyOrder("PASREG:3", "EVAL:3", "OPIOID:3")
                .isEqualTo(closedInLedger(single));
        assertThat(running(id)).as("no send, reminder or lock left").isEmpty();
        assertThat(lu.post(forms(id) + "/stop", Map.of("reason", 4)).expect(409).json().toString())
                .contains("ingenting å stoppe");
        as("lu.ahus").post(forms(single) + "/stop", Map.of("reason", 4)).expect(404);
        assertThat(states(id)).containsExactly("PASREG:CLOSED:3", "HADS:COMPLETED:null", "EVAL:CLOSED:3",
                "OPIOID:CLOSED:3");
    }

    /**
     * Issue 18: a form whose send found neither phone nor e-mail, and that got neither a paper answer nor a manual
     * dispatch in six days, is locked as never sent with reason 8, not as an unanswered form (reason 7, as the old
     * main did); it is finished like a locked form.
     */
    @Test
    void withoutPhoneOrEmail_aFormNobodyCouldBeSent_isLockedAsNeverSent_notAsUnanswered() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        Api lu = as("lu.haukeland");
        lu.post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
        assertThat(state(id, "PASREG")).isEqualTo("NO_CONTACT:null");

        lockAfterSixDaysWithoutContact(id, "PASREG");

        assertThat(state(id, "PASREG")).isEqualTo("NOT_SENT_NO_CONTACT:8");
        assertThat(jdbc.queryForList("select e.event || ':' || e.reason_code from dispatch_event e join patient_form f "
                + "on f.id = e.patient_form_id where f.course_id = ? and f.form_type = 'PASREG' and e.event = 'LOCKED'",
                String.class, id)).containsExactly("LOCKED:8");
        lu.post(forms(id) + "/PASREG/stop", Map.of("reason", 4)).expect(409);
        assertThat(state(id, "PASREG")).isEqualTo("NOT_SENT_NO_CONTACT:8");
        assertThat(running(id)).containsExactly("HADS");
    }

    /** Runs the due no-contact lock ("Seks dager uten svar") of the course's form now. */
    void lockAfterSixDaysWithoutContact(long courseId, String form) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).variableValueEquals("patientForm", form)
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(instance)
                .activityId("Timer_NoContactLock").singleResult().getId());
    }

    /** A type-3 course with an e-mail address: Pasreg sent by hand, HADS answered on paper. */
    private long sentPasregAnsweredHads(String mailbox) {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, mailbox + id + "@example.invalid");
        as("lu.haukeland").post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
        Map<String, Object> hads = new HashMap<>();
        for (int item = 1; item <= 14; item++) {
            hads.put("HADSSpm" + item, "1");
        }
        as("lu.haukeland").post(forms(id) + "/HADS/paper", hads).expect(200);
        return id;
    }

    private List<String> states(long courseId) {
        List<String> states = new java.util.ArrayList<>();
        for (String form : List.of("PASREG", "HADS", "EVAL", "OPIOID")) {
            states.add(form + ":" + state(courseId, form));
        }
        return states;
    }

    private List<String> closedInLedger(long courseId) {
        return jdbc.queryForList("select f.form_type || ':' || e.reason_code from dispatch_event e join patient_form f "
                + "on f.id = e.patient_form_id where f.course_id = ? and e.event = 'CLOSED' order by f.form_type",
                String.class, courseId);
    }

    @Test
    void withoutPhoneOrEmail_theFormWaitsForContactDetailsOrPaper_andNoNoticeIsStored() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        Api lu = as("lu.haukeland");

        lu.post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
        assertThat(state(id, "PASREG")).isEqualTo("NO_CONTACT:null");
        JsonNode refused = lu.post(forms(id) + "/PASREG/dispatch", Map.of()).expect(409).json();
        assertThat(refused.toString()).contains("PO");

        giveEmail("lu.haukeland", id, "kontakt-senere@example.invalid");
        lu.post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);
        assertThat(state(id, "PASREG")).isEqualTo("SENT:null");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                "kontakt-senere@example.invalid")).isEqualTo(1);

        lu.post(forms(id) + "/HADS/dispatch", Map.of()).expect(200);
        assertThat(state(id, "HADS")).as("the contact details are there now").isEqualTo("SENT:null");
    }

    @Test
    void withoutPhoneOrEmail_aPaperAnswerCompletesTheForm() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        as("lu.haukeland").post(forms(id) + "/HADS/dispatch", Map.of()).expect(200);
        assertThat(state(id, "HADS")).isEqualTo("NO_CONTACT:null");

        Map<String, Object> hads = new HashMap<>();
        for (int item = 1; item <= 14; item++) {
            hads.put("HADSSpm" + item, "1");
        }
        as("lu.haukeland").post(forms(id) + "/HADS/paper", hads).expect(200);

        assertThat(state(id, "HADS")).isEqualTo("COMPLETED:null");
        assertThat(running(id)).containsExactly("PASREG");
    }

    @Test
    void aSendWhoseRetriesAreUsedUpShowsAsFailed_andAManualDispatchSendsIt() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        giveEmail("lu.haukeland", id, "feilet@example.invalid");
        String pasreg = runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(id)).variableValueEquals("patientForm", "PASREG")
                .singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pasreg).timers().singleResult()
                .getId());
        String send = management.createJobQuery().processInstanceId(pasreg).activityId("ServiceTask_SendForm")
                .singleResult().getId();
        management.setJobRetries(send, 0);

        assertThat(state(id, "PASREG")).isEqualTo("SEND_FAILED:null");
        assertThat(runtime.createIncidentQuery().processInstanceId(pasreg).count()).as("visible in Cockpit")
                .isEqualTo(1);

        as("lu.haukeland").post(forms(id) + "/PASREG/dispatch", Map.of()).expect(200);

        assertThat(state(id, "PASREG")).isEqualTo("SENT:null");
        assertThat(runtime.createIncidentQuery().processInstanceId(pasreg).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                "feilet@example.invalid")).isEqualTo(1);
    }

    @Test
    void aPatientAlreadyDeadWhenConsentIsRegistered_isSentNothing() {
        JsonNode course = newCourse("lu.haukeland", HAUKELAND);
        long id = course.path("id").asLong();
        jdbc.update("update patient set deceased = true, date_of_death = current_date where pid = ?",
                course.path("pid").asLong());
        giveEmail("lu.haukeland", id, "doed-ved-samtykke@example.invalid");

        finalise("lu.haukeland", id, "TO", toType3WithConsent());

        assertThat(state(id, "PASREG")).isEqualTo("CLOSED:3");
        assertThat(state(id, "HADS")).isEqualTo("CLOSED:3");
        assertThat(jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Long.class,
                "doed-ved-samtykke@example.invalid")).isZero();
    }

    private List<Object> running(long courseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).list().stream()
                .map(pi -> runtime.getVariable(pi.getId(), "patientForm")).toList();
    }

    private static String forms(long courseId) {
        return "/api/courses/" + courseId + "/patient-forms";
    }

    private String state(long courseId, String form) {
        for (JsonNode f : as("lu.haukeland").get(forms(courseId)).expect(200).json()) {
            if (f.path("form").asText().equals(form)) {
                return f.path("state").asText() + ":" + (f.path("reasonCode").isNull() ? "null"
                        : f.path("reasonCode").asText());
            }
        }
        throw new AssertionError("no " + form);
    }
}
