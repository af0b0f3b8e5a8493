package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.migration.PathwayMigrations;
import no.smertereg.shared.RegistryClock;

/**
 * A new version of the course and patient-form diagrams is deployed while courses run; the system manager moves the
 * running instances to it (the course with the service, the patient forms on the page) and each runs to its end on
 * the new version: the open tasks and running timers are the same ones with the same due dates, a timer that starts
 * after the migration follows the new diagram.
 */
class PathwayMigrationIT extends IntegrationTest {

    private static final String COURSE = "smertereg-course";
    private static final String PATIENT_FORM = "patient-form";
    private static final String REMINDER_V2 = "P4D";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    RepositoryService repository;
    @Autowired
    PathwayMigrations migrations;

    private boolean changedVersionDeployed;

    @AfterEach
    void newCoursesStartOnTheDiagramsOfTheClasspathAgain() throws IOException {
        ClockUtil.reset();
        if (changedVersionDeployed) {
            versions().deploy("migration-it-restore", DiagramVersions.model(COURSE),
                    DiagramVersions.model(PATIENT_FORM));
        }
    }

    @Test
    void runningCoursesMoveToVersion2_andEachRunsToItsEnd() throws Exception {
        long waitingForTo = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        long waitingForSends = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", waitingForSends, "migrering" + waitingForSends + "@example.invalid");
        finalise("lu.haukeland", waitingForSends, "TO", toType3WithConsent());
        long waitingForOpioid = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", waitingForOpioid, "opioid" + waitingForOpioid + "@example.invalid");
        finalise("lu.haukeland", waitingForOpioid, "TO", toType3WithConsent());
        finalise("lu.haukeland", waitingForOpioid, "B22", b22(LocalDate.now(RegistryClock.ZONE).minusDays(1)));

        String pasreg = patientForm(waitingForSends, "PASREG");
        versions().runAt(pasreg, dispatchJob(pasreg).getDuedate());
        Job reminder = management.createJobQuery().processInstanceId(pasreg).activityId("Timer_Reminder")
                .singleResult();
        String hads = patientForm(waitingForSends, "HADS");
        Job hadsDispatch = dispatchJob(hads);
        String opioid = patientForm(waitingForOpioid, "OPIOID");
        Job opioidDispatch = dispatchJob(opioid);
        String toTask = openTask(waitingForTo, "UserTask_TO");
        Set<String> clinicianTasks = openTasks(waitingForSends);
        String courseV1 = definitionOf(waitingForTo);
        String patientFormV1 = runtime.createProcessInstanceQuery().processInstanceId(pasreg).singleResult()
                .getProcessDefinitionId();

        deployVersion2();
        assertThat(definitionOf(waitingForTo)).as("a deployment moves no running course").isEqualTo(courseV1);
        long newCourse = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        assertThat(version(definitionOf(newCourse))).as("a new course starts on the new version")
                .isEqualTo(version(courseV1) + 1);

        PathwayMigrations.Started course = migrations.migrate(COURSE, version(courseV1));
        versions().runBatch(course.batchId());
        migrateOnThePage(version(patientFormV1));

        for (long courseId : List.of(waitingForTo, waitingForSends, waitingForOpioid)) {
            assertThat(version(definitionOf(courseId))).isEqualTo(version(courseV1) + 1);
        }
        for (String instance : List.of(pasreg, hads, opioid)) {
            assertThat(version(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                    .getProcessDefinitionId())).isEqualTo(version(patientFormV1) + 1);
        }
        assertThat(openTask(waitingForTo, "UserTask_TO")).as("the same open task").isEqualTo(toTask);
        assertThat(openTasks(waitingForSends)).isEqualTo(clinicianTasks);
        versions().assertSameJob(reminder);
        versions().assertSameJob(hadsDispatch);
        versions().assertSameJob(opioidDispatch);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PROCESS_MIGRATION' "
                + "and username = 'admin' and form = 'patient-form'", Long.class)).isOne();

        finalise("lu.haukeland", waitingForTo, "TO", toType1NotSeen());
        finalise("lu.haukeland", waitingForTo, "B11", Map.of("SmerteKat", "1", "TidligereRus", "0",
                "PaagaaRus", "0", "LAR", "2"));
        assertThat(course("lu.haukeland", waitingForTo).path("status").asText()).isEqualTo("COMPLETED");

        versions().runAt(pasreg, reminder.getDuedate());
        assertThat(management.createJobQuery().processInstanceId(pasreg).activityId("Timer_Lock").count())
                .as("the migrated reminder fired on its old date").isOne();
        as("lu.haukeland").post("/api/courses/" + waitingForSends + "/patient-forms/PASREG/paper", Map.of(
                "PRSpm1", "2", "PRSpm2", "3", "PRSpm3Mangler", true, "PRSpm4", "0", "PRSpm5", "3", "PRSpm6", "9"))
                .expect(200);
        assertEnded(pasreg, "PASREG", waitingForSends, "COMPLETED");

        for (String unanswered : List.of(hads, opioid)) {
            Date sentAt = dispatchJob(unanswered).getDuedate();
            versions().runAt(unanswered, sentAt);
            Job newReminder = management.createJobQuery().processInstanceId(unanswered)
                    .activityId("Timer_Reminder").singleResult();
            assertThat(Duration.between(sentAt.toInstant(), newReminder.getDuedate().toInstant()))
                    .as("a reminder that starts on version 2 follows version 2").isEqualTo(Duration.ofDays(4));
            versions().runAt(unanswered, newReminder.getDuedate());
            versions().runAt(unanswered, management.createJobQuery().processInstanceId(unanswered).activityId("Timer_Lock")
                    .singleResult().getDuedate());
        }
        assertEnded(hads, "HADS", waitingForSends, "LOCKED_UNANSWERED");
        assertEnded(opioid, "OPIOID", waitingForOpioid, "LOCKED_UNANSWERED");
    }

    /**
     * ADR 0011: a database upgraded with courses running puts their waiting sends on the new diagram, whose dispatch
     * timer sits in a sub-process; the plan maps it there and the form is sent at the time it was planned for.
     */
    @Test
    void aSendPlannedOnTheDiagramBeforeIssue17MovesIntoItsNewScope_andGoesOutOnTime() throws Exception {
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        giveEmail("lu.haukeland", id, "oppgradering" + id + "@example.invalid");
        try (InputStream before = getClass().getResourceAsStream("/migration/patient-form-before-issue17.bpmn")) {
            versions().deploy("migration-it-before-issue17", Bpmn.readModelFromStream(before));
        }
        String old = repository.createProcessDefinitionQuery().processDefinitionKey(PATIENT_FORM).latestVersion()
                .singleResult().getId();
        Date planned = Date.from(LocalDate.now(RegistryClock.ZONE).plusDays(1).atTime(16, 30)
                .atZone(RegistryClock.ZONE).toInstant());
        String form = runtime.createProcessInstanceById(old).businessKey(String.valueOf(id))
                .setVariable("unitResh", HAUKELAND).setVariable("patientForm", "PASREG")
                .setVariable("dispatchAt", planned).startBeforeActivity("Timer_Dispatch").execute().getId();
        Job dispatch = dispatchJob(form);
        versions().deploy("migration-it-restore", DiagramVersions.model(COURSE), DiagramVersions.model(PATIENT_FORM));

        versions().runBatch(migrations.migrate(PATIENT_FORM, version(old)).batchId());

        assertThat(runtime.createProcessInstanceQuery().processInstanceId(form).singleResult()
                .getProcessDefinitionId()).isEqualTo(repository.createProcessDefinitionQuery()
                .processDefinitionKey(PATIENT_FORM).latestVersion().singleResult().getId());
        versions().assertSameJob(dispatch);
        versions().runAt(form, planned);
        assertThat(jdbc.queryForList("select e.event from dispatch_event e join patient_form f on "
                + "f.id = e.patient_form_id where f.course_id = ?", String.class, id)).containsExactly("SENT");
        assertThat(management.createJobQuery().processInstanceId(form).activityId("Timer_Reminder").count())
                .isOne();
        runtime.deleteProcessInstance(form, "migration test");
    }

    /**
     * ADR 0016: an Opioid waiting on the patient-form diagram before the date roles catches the earlier message
     * {@code CourseEndDateCorrected}; a corrected end date moves it there, and again once the system manager has
     * migrated it to the newest version, which catches {@code CourseDateChanged}.
     */
    @Test
    void anOpioidWaitingOnTheDiagramBeforeDateRoles_followsACorrectedEndDate_beforeAndAfterItsMigration()
            throws Exception {
        try (InputStream before = getClass().getResourceAsStream("/migration/patient-form-before-adr0016.bpmn")) {
            versions().deploy("migration-it-before-adr0016", Bpmn.readModelFromStream(before));
        }
        changedVersionDeployed = true;
        String old = repository.createProcessDefinitionQuery().processDefinitionKey(PATIENT_FORM).latestVersion()
                .singleResult().getId();
        LocalDate end = LocalDate.now(RegistryClock.ZONE).minusDays(8);
        long id = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        finalise("lu.haukeland", id, "TO", toType3WithConsent());
        finalise("lu.haukeland", id, "B22", b22(end));
        String opioid = patientForm(id, "OPIOID");
        assertThat(definitionOfInstance(opioid)).isEqualTo(old);
        assertThat(dispatchJob(opioid).getDuedate()).isEqualTo(at1630(end.plusDays(28)));

        correctEndDate(id, end.plusDays(2));
        assertThat(dispatchJob(opioid).getDuedate()).isEqualTo(at1630(end.plusDays(30)));

        versions().deploy("migration-it-restore", DiagramVersions.model(COURSE), DiagramVersions.model(PATIENT_FORM));
        versions().runBatch(migrations.migrate(PATIENT_FORM, version(old)).batchId());
        assertThat(definitionOfInstance(opioid)).isNotEqualTo(old);
        assertThat(runtime.createEventSubscriptionQuery().processInstanceId(opioid).list())
                .extracting(org.camunda.bpm.engine.runtime.EventSubscription::getEventName)
                .contains("CourseDateChanged").doesNotContain("CourseEndDateCorrected");
        correctEndDate(id, end.plusDays(4));
        assertThat(dispatchJob(opioid).getDuedate()).isEqualTo(at1630(end.plusDays(32)));
    }

    private void correctEndDate(long courseId, LocalDate end) {
        long version = as("lc.haukeland").get("/api/courses/" + courseId + "/forms/B22").json().path("version")
                .asLong();
        as("lc.haukeland").post("/api/courses/" + courseId + "/forms/B22/unlock", Map.of("version", version,
                "reason", "Feil sluttdato")).expect(200);
        finalise("lu.haukeland", courseId, "B22", b22(end));
    }

    private static Date at1630(LocalDate day) {
        return Date.from(day.atTime(16, 30).atZone(RegistryClock.ZONE).toInstant());
    }

    private String definitionOfInstance(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getProcessDefinitionId();
    }

    @Test
    void aPlanThatLeavesInstancesBehindRunsNothing_andOnlyTheSystemManagerSeesThePage() throws Exception {
        String key = "migration-probe";
        versions().deploy("migration-it-probe-1", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("UserTask_Old").name("Gammel oppgave").endEvent().done());
        String instance = runtime.startProcessInstanceByKey(key).getId();
        String v1 = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId();
        versions().deploy("migration-it-probe-2", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("UserTask_New").name("Ny oppgave").endEvent().done());
        String plan = "/prosessversjoner/" + key + "/" + version(v1);

        SessionClient admin = new SessionClient(port, jdbc);
        admin.loginAs("admin", "demo");
        assertThat(admin.get(plan, PermissionMatrixIT.BROWSER_ACCEPT).body()).contains("UserTask_Old")
                .doesNotContain("id=\"migrate\"");
        HttpResponse<String> refused = admin.post(plan + "/migrering", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("UserTask_Old (1)", "ingenting er startet");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1);
        assertThat(admin.get("/prosessversjoner/" + key + "/x", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .contains("version");
        assertThat(admin.get("/prosessversjoner/" + key + "/99", PermissionMatrixIT.BROWSER_ACCEPT)
                .statusCode()).isEqualTo(404);

        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        assertThat(clinician.get("/prosessversjoner", PermissionMatrixIT.BROWSER_ACCEPT).statusCode())
                .isEqualTo(403);
        assertThat(clinician.post(plan + "/migrering", Map.of()).statusCode()).isEqualTo(403);
        runtime.deleteProcessInstance(instance, "migration test");
    }

    /** The system manager sees the plan on the page and migrates; the clinician gets 403. */
    private void migrateOnThePage(int fromVersion) throws Exception {
        String plan = "/prosessversjoner/" + PATIENT_FORM + "/" + fromVersion;
        SessionClient clinician = new SessionClient(port, jdbc);
        clinician.loginAs("lu.haukeland", "demo");
        assertThat(clinician.get(plan, PermissionMatrixIT.BROWSER_ACCEPT).statusCode()).isEqualTo(403);
        assertThat(clinician.post(plan + "/migrering", Map.of()).statusCode()).isEqualTo(403);

        SessionClient admin = new SessionClient(port, jdbc);
        admin.loginAs("admin", "demo");
        assertThat(admin.get("/prosessversjoner", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .contains("version-" + PATIENT_FORM + "-" + fromVersion, plan);
        HttpResponse<String> page = admin.get(plan, PermissionMatrixIT.BROWSER_ACCEPT);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("mapped-Timer_Dispatch", "mapped-ReceiveTask_AwaitAnswer",
                "Vent på svar (v2)", "id=\"migrate\"").doesNotContain("id=\"unmapped\"");
        HttpResponse<String> stale = admin.post(plan + "/migrering", Map.of("to", "999"));
        assertThat(stale.statusCode()).as("a plan to another version than the newest").isEqualTo(409);
        assertThat(stale.body()).contains("Ingenting er startet");
        assertThat(migrations.running()).isEmpty();
        HttpResponse<String> started = admin.post(plan + "/migrering", Map.of());
        assertThat(started.statusCode()).isEqualTo(302);
        String batch = migrations.running().stream().map(PathwayMigrations.Progress::batchId).findFirst()
                .orElseThrow();
        assertThat(admin.get("/prosessversjoner", PermissionMatrixIT.BROWSER_ACCEPT).body())
                .contains("batch-" + batch, batch);
        versions().runBatch(batch);
    }

    /** Version 2: the TO task and the answer wait renamed, the reminder after four days instead of three. */
    private void deployVersion2() throws IOException {
        BpmnModelInstance course = DiagramVersions.model(COURSE);
        rename(course, "UserTask_TO");
        BpmnModelInstance patientForm = DiagramVersions.model(PATIENT_FORM);
        rename(patientForm, "ReceiveTask_AwaitAnswer");
        FlowElement reminder = patientForm.getModelElementById("Timer_Reminder");
        reminder.getChildElementsByType(TimerEventDefinition.class).iterator().next().getTimeDuration()
                .setTextContent(REMINDER_V2);
        versions().deploy("migration-it-v2", course, patientForm);
        changedVersionDeployed = true;
    }

    private DiagramVersions versions() {
        return new DiagramVersions(repository, management);
    }

    private static void rename(BpmnModelInstance model, String activityId) {
        FlowElement element = model.getModelElementById(activityId);
        element.setName(element.getName() + " (v2)");
    }

    private void assertEnded(String instance, String form, long courseId, String state) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).as(form).isZero();
        assertThat(jdbc.queryForObject("select state from patient_form where course_id = ? and form_type = ?",
                String.class, courseId, form)).isEqualTo(state);
    }

    private Job dispatchJob(String patientForm) {
        return management.createJobQuery().processInstanceId(patientForm).activityId("Timer_Dispatch")
                .singleResult();
    }

    private String patientForm(long courseId, String form) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PATIENT_FORM)
                .processInstanceBusinessKey(String.valueOf(courseId)).variableValueEquals("patientForm", form)
                .singleResult().getId();
    }

    private String definitionOf(long courseId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(COURSE)
                .processInstanceBusinessKey(String.valueOf(courseId)).singleResult();
        return instance.getProcessDefinitionId();
    }

    private int version(String definitionId) {
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    private String openTask(long courseId, String activityId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(courseId))
                .taskDefinitionKey(activityId).singleResult().getId();
    }

    private Set<String> openTasks(long courseId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(courseId)).list().stream()
                .map(Task::getId).collect(Collectors.toSet());
    }

    private static Map<String, Object> b22(LocalDate endDate) {
        Map<String, Object> answers = new HashMap<>(Map.of("AntPasTils", 2, "IkkeMedBeh", "0", "VidereOppf", "0",
                "BehNedtrappAvsluttTils", "0", "OppfSmeKl", "0"));
        answers.put("SluttDato", endDate.toString());
        return answers;
    }
}
