package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An analyst's five changes (README, "Changing a pathway"), made only in a copy of {@code processes/} and
 * {@code forms/} ({@link AnalystChanges}); the application runs on that copy, on a database of its own, with no
 * Java changed: Opioid six weeks after the end date, patient forms at 17:00 with HADS two minutes later, a new
 * clinician form B3 on type 2 and 3 courses, a new patient form PGIC, and the reminder after five days.
 */
@ContextConfiguration(initializers = AnalystChangeIT.ChangedPathway.class, inheritInitializers = false)
class AnalystChangeIT extends IntegrationTest {

    /**
     * The shared initializers, then the edited copy and a database only this application deploys to. Not
     * inherited: an inherited initializer runs after this one and would set the shared database again.
     */
    static final class ChangedPathway implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        /** Not "default": the tests' other application's engine REST API finds its engine by that name. */
        private static final String ENGINE = "analyst";

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new PostgresTestDatabase().initialize(context);
            new MailTestServer().initialize(context);
            try {
                String folder = AnalystChanges.apply(Files.createTempDirectory("analyst-")).toUri().toString();
                TestPropertyValues.of("camunda.bpm.process-engine-name=" + ENGINE, "registry.definitions-location=" + folder,
                        "spring.datasource.url=" + PostgresTestDatabase.separateDatabase("registry_analyst"))
                        .applyTo(context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @BeforeEach
    void mondayMorning() {
        ClockUtil.setCurrentTime(oslo("2026-11-23T10:00"));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void patientFormsGoAt1700_hadsTwoMinutesLater() {
        long id = type3Course();

        assertThat(dispatchDue(id, "PASREG")).isEqualTo(oslo("2026-11-23T17:00"));
        assertThat(dispatchDue(id, "HADS")).isEqualTo(oslo("2026-11-23T17:02"));
    }

    @Test
    void opioidIsPlannedSixWeeksAfterTheEndDate() {
        long id = type3Course();

        finalise("lu.haukeland", id, "B22", b22("2026-11-20"));

        assertThat(dispatchDue(id, "OPIOID")).isEqualTo(oslo("2027-01-01T17:00"));
    }

    @Test
    void theReminderComesAfterFiveDays_andTheLockThreeDaysLater() {
        long id = type3Course();
        String pasreg = patientForm(id, "PASREG");

        runDueJobs(pasreg, "2026-11-23T17:00");
        runDueJobs(pasreg, "2026-11-26T17:00");
        assertThat(ledger(id, "PASREG")).containsExactly("SENT");
        runDueJobs(pasreg, "2026-11-28T17:00");
        assertThat(ledger(id, "PASREG")).containsExactly("SENT", "REMINDED");
        runDueJobs(pasreg, "2026-12-01T17:00");
        assertThat(ledger(id, "PASREG")).containsExactly("SENT", "REMINDED", "LOCKED");
    }

    @Test
    void aNewPatientFormIsOrderedWithEvalAndOpioid_sentRemindedAndLocked() {
        long id = type3Course();
        finalise("lu.haukeland", id, "B22", b22("2026-11-20"));
        String pgic = patientForm(id, "PGIC");
        assertThat(dispatchDue(id, "PGIC")).isEqualTo(oslo("2026-11-23T17:00"));

        runDueJobs(pgic, "2026-11-23T17:00");
        runDueJobs(pgic, "2026-11-28T17:00");
        runDueJobs(pgic, "2026-12-01T17:00");

        assertThat(ledger(id, "PGIC")).containsExactly("SENT", "REMINDED", "LOCKED");
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = 'PGIC'",
                String.class, id)).isEqualTo("LOCKED_UNANSWERED");
    }

    @Test
    void aNewClinicianFormB3_isOpenOnType2And3Courses_validatesFromItsFile_finalisesUnlocksAndIsExported()
            throws Exception {
        long type3 = type3Course();
        long type2 = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", type2, "TO", Map.of("HenvistDato", "2026-11-16", "StartdatoTO", "2026-11-16",
                "Tilsett", "1", "InklKritOppf", "0"));
        long type1 = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", type1, "TO", toType1NotSeen());

        assertThat(formState(type3, "B3")).isEqualTo("NEW");
        assertThat(formState(type2, "B3")).isEqualTo("NEW");
        assertThat(formState(type1, "B3")).as("not opened on a type 1 course, like B1.2").isEqualTo("NOT_AVAILABLE");
        assertThat(page("/arbeidsliste")).contains("B3");
        assertThat(page("/forlop/" + type3)).contains("/forlop/" + type3 + "/skjema/B3");
        assertThat(page("/forlop/" + type3 + "/skjema/B3")).contains("Ble pasienten fulgt opp etter utskrivning?");

        JsonNode b3 = as("lu.haukeland").get("/api/courses/" + type3 + "/forms/B3").expect(200).json();
        JsonNode refused = as("lu.haukeland").post("/api/courses/" + type3 + "/forms/B3/finalise",
                finalisePayload(b3, Map.of("AntallSamtaler", 99))).expect(400).json();
        assertThat(refused.toString()).contains("OppfolgingUtfort", "AntallSamtaler");
        finalise("lu.haukeland", type3, "B3", Map.of("OppfolgingUtfort", "1", "AntallSamtaler", 2));
        assertThat(formState(type3, "B3")).isEqualTo("FINALISED");

        JsonNode finalised = as("lc.haukeland").get("/api/courses/" + type3 + "/forms/B3").json();
        as("lc.haukeland").post("/api/courses/" + type3 + "/forms/B3/unlock", Map.of("version",
                finalised.path("version").asLong(), "reason", "Feil antall samtaler")).expect(200);
        assertThat(formState(type3, "B3")).isNotEqualTo("FINALISED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(type3))
                .taskDefinitionKey("UserTask_CorrectForm").singleResult().getName())
                .isEqualTo("Korriger B3 · forløp " + type3);
        finalise("lu.haukeland", type3, "B3", Map.of("OppfolgingUtfort", "1", "AntallSamtaler", 3));
        assertThat(formState(type3, "B3")).isEqualTo("FINALISED");

        String csv = get("lc.haukeland", "/rapporter/eksport?from=2026-01-01&to=2026-12-31").body();
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header).contains("B3_OppfolgingUtfort", "B3_AntallSamtaler").as("free text is not exported")
                .doesNotContain("B3_Merknad");
    }

    private long type3Course() {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", id, "pasient" + id + "@example.invalid");
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        return id;
    }

    private String patientForm(long courseId, String form) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("patient-form")
                .processInstanceBusinessKey(String.valueOf(courseId)).variableValueEquals("patientForm", form)
                .singleResult().getId();
    }

    private Date dispatchDue(long courseId, String form) {
        return management.createJobQuery().processInstanceId(patientForm(courseId, form)).timers().singleResult()
                .getDuedate();
    }

    private List<String> ledger(long courseId, String form) {
        return jdbc.queryForList("select e.event from dispatch_event e join patient_form f on f.id = "
                + "e.patient_form_id where f.course_id = ? and f.form_type = ? order by e.id", String.class,
                courseId, form);
    }

    private String formState(long courseId, String formKey) {
        return form(course("lu.haukeland", courseId), formKey).path("status").asText();
    }

    private String page(String path) throws Exception {
        return get("lu.haukeland", path).body();
    }

    private HttpResponse<String> get(String username, String path) throws Exception {
        SessionClient session = new SessionClient(port, jdbc);
        session.loginAs(username, "demo");
        HttpResponse<String> response = session.get(path, "text/html,text/csv,*/*;q=0.8");
        assertThat(response.statusCode()).as(path + " as " + username).isEqualTo(200);
        return response;
    }

    private static Map<String, Object> b22(String endDate) {
        return Map.of("SluttDato", endDate, "AntPasTils", 2, "IkkeMedBeh", "0", "VidereOppf", "0",
                "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0");
    }
}
