package no.smertereg.course.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;
import static no.smertereg.engine.EngineTestClock.oslo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.eprom.process.PatientFormProcess;

/**
 * OPR's course pathway (seeds/003, O1-O3) with a controlled clock and the real patient-form pathway and send
 * schedule: the baseline 14 days before the planned consultation, the short version for a patient who did not answer,
 * consent before June 2021, each exclusion from follow-up (O2) with its note, RF at 3, 6 and 12 months, SCS at 6 and
 * 12, 12 months into ongoing treatment and 12 months after its end. Every flow node of {@code opr-course} is covered.
 */
@Deployment(resources = {"processes/opr-course.bpmn", "processes/patient-form.bpmn", "forms/opr-registrering.form",
        "forms/opr-behandling.form"})
class OprCourseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder(ProcessTestSupport.ENGINE_CONFIGURATION).excludeProcessDefinitionKeys("patient-form")
            .assertClassCoverageAtLeast(1.0).build();

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();
    private static final String PLANNED = "plannedConsultation";
    private static final String FIRST = "firstConsultation";

    private final Registry registry = new Registry();
    private ProcessTestSupport support;
    private ProcessInstance course;

    /**
     * The {@code eprom} bean as OPR's diagram sees it: the real schedule on the engine's clock reading the course's
     * dates from this test; the forms' answers, the patient's age and the answered forms kept here, and the diagram's
     * FEEL evaluated over them as the platform does; each send, reminder and lock recorded.
     */
    public final class Registry extends ProcessTestSupport.SchedulingPatientForms {
        private final Map<String, Object> forms = new HashMap<>();
        private int patientAge = 45;

        public boolean holds(DelegateExecution execution, String expression) {
            Map<String, Object> context = new HashMap<>(forms);
            context.putIfAbsent("REGISTRERING", null);
            context.putIfAbsent("BASELINE", null);
            context.putIfAbsent("BASELINE_KORT", null);
            context.put("legalBasis", execution.getVariable(CourseProcess.VAR_LEGAL_BASIS));
            context.put("patientAge", patientAge);
            Map<String, Object> given = new HashMap<>();
            for (String role : List.of(PLANNED, FIRST, "rfDate", "scsImplant", "endDate")) {
                given.put(role, dates.get(role));
            }
            context.put("dates", given);
            EvaluationResult result = FEEL.evaluateExpression(expression, context);
            return result.isSuccess() && Boolean.TRUE.equals(result.result());
        }

        public Date at(DelegateExecution execution, String role, String offset, String time) {
            return schedule.fromCourseDate(1L, Map.of(PatientFormProcess.VAR_SEND_RELATIVE_TO, role,
                    PatientFormProcess.VAR_SEND_OFFSET, offset, PatientFormProcess.VAR_SEND_TIME, time));
        }
    }

    @BeforeEach
    void setUp() {
        support = ProcessTestSupport.register();
        Mocks.register("eprom", registry);
    }

    @AfterEach
    void tearDown() {
        ProcessTestSupport.reset();
        ClockUtil.reset();
    }

    @Test
    void booked_theBaselineGoesOutFourteenDaysBeforeThePlannedConsultation_at0900() {
        book("2027-03-01T10:00", "2027-04-12");

        assertThat(course).isWaitingAt("UserTask_Registrering", "CallActivity_Baseline");
        assertThat(task(course).getTenantId()).as("OPR's share of the unit").isEqualTo("opr100320");
        assertThat(dispatchAt("BASELINE")).isEqualTo(oslo("2027-03-29T09:00"));
        fireDueJobsAt("2027-03-29T09:00");
        assertThat(registry.calls).containsExactly("send BASELINE@2027-03-29T09:00");
    }

    @Test
    void aDateOtherThanThePlannedConsultation_ordersNoBaseline() {
        start("2027-03-01T10:00", true, "RESERVATION");

        saveDate(FIRST, "2027-03-01");

        assertThat(course).isWaitingAt("UserTask_Registrering", "Event_DateEntered")
                .hasPassed("Gateway_PlannedConsultation");
        assertThat(patientForms()).isEmpty();
    }

    @Test
    void baselineNotAnswered_theShortVersionGoesOutOnTheMorningOfTheConsultation_withItsReason() {
        book("2027-03-01T10:00", "2027-04-12");
        fireDueJobsAt("2027-03-29T09:00");
        fireDueJobsAt("2027-04-01T09:00");
        fireDueJobsAt("2027-04-04T09:00");

        assertThat(course).isWaitingAt("UserTask_Registrering", "CallActivity_ShortBaseline")
                .hasPassed("Gateway_BaselineAnswered");
        assertThat(dispatchAt("BASELINE-KORT")).isEqualTo(oslo("2027-04-12T07:00"));
        fireDueJobsAt("2027-04-12T07:00");
        answer("BASELINE-KORT", Map.of("KortversjonArsak", "2", "SamtykkeOppfolging", "1"));
        finaliseRegistration("2027-04-12", registration());

        assertThat(registry.calls).containsExactly("send BASELINE@2027-03-29T09:00",
                "remind BASELINE@2027-04-01T09:00", "lockUnanswered BASELINE@2027-04-04T09:00",
                "send BASELINE-KORT@2027-04-12T07:00");
        assertThat(course).isWaitingAt("UserTask_Behandling").hasPassed("Gateway_FollowUps");
    }

    @Test
    void consentBasis_withoutConsent_noFollowUp_andTheReasonIsNoted() {
        book("2027-03-01T10:00", "2027-04-12", "CONSENT");
        fireDueJobsAt("2027-03-29T09:00");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "0"));

        finaliseRegistration("2027-04-12", registration());

        assertThat(course).isWaitingAt("UserTask_Behandling")
                .hasPassed("ServiceTask_NoteNoConsent", "EndEvent_NoFollowUp");
        assertThat(support.notes).singleElement().asString().contains("ikke samtykket");
        endTreatment("2027-09-15");
        assertThat(course).isEnded().hasPassed("EndEvent_TreatmentEnded").hasNotPassed("CallActivity_End12");
    }

    @Test
    void consentBasis_withConsent_followsUp() {
        book("2027-03-01T10:00", "2027-04-12", "CONSENT");
        fireDueJobsAt("2027-03-29T09:00");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "1"));

        finaliseRegistration("2027-04-12", registration());

        assertThat(course).isWaitingAt("UserTask_Behandling");
        assertThat(support.notes).isEmpty();
    }

    @Test
    void aReservedPatient_getsNoBaseline_andNoFollowUp() {
        start("2027-03-01T10:00", false, "RESERVATION");
        saveDate(PLANNED, "2027-04-12");
        assertThat(patientForms()).isEmpty();

        finaliseRegistration("2027-04-12", registration());

        assertThat(course).isWaitingAt("UserTask_Behandling").hasPassed("Gateway_Eprom", "ServiceTask_NoteNoConsent");
        fireDueJobsAt("2028-04-12T08:00");
        assertThat(course).as("12 months into treatment, but no follow-up").hasPassed("EndEvent_NoOngoing");
        assertThat(patientForms()).isEmpty();
    }

    @Test
    void aChild_getsNoFollowUp() {
        registry.patientAge = 16;
        assertExcluded(registration(), "ServiceTask_NoteChild", "barn under 18 år (O2)");
    }

    @Test
    void cognitiveImpairment_getsNoFollowUp() {
        assertExcluded(registration("KognitivSvikt", "1"), "ServiceTask_NoteCognitive", "kognitiv svikt (O2)");
    }

    @Test
    void anInterpreterNeeded_getsNoFollowUp() {
        assertExcluded(registration("Tolkebehov", "1"), "ServiceTask_NoteInterpreter", "behov for tolk (O2)");
    }

    @Test
    void aResearchParticipant_getsNoFollowUp() {
        assertExcluded(registration("Forskningsdeltaker", "1"), "ServiceTask_NoteResearch", "forskningsprosjekt (O2)");
    }

    @Test
    void anAssessmentOnlyCategory_getsNoFollowUp() {
        assertExcluded(registration("Behandlingsrettkategori", "5"), "ServiceTask_NoteAssessmentOnly", "kun vurdering");
        assertThat(support.notes).singleElement().asString().doesNotContain("(O2)");
    }

    @Test
    void anRfDate_plansTheFollowUpsThreeSixAndTwelveMonthsAfterIt_andACorrectedDateMovesThemWithoutPlanningAgain() {
        toTreatment();

        saveDate("rfDate", "2027-05-03");

        assertThat(dispatchAt("RF-3")).isEqualTo(oslo("2027-08-03T09:00"));
        assertThat(dispatchAt("RF-6")).isEqualTo(oslo("2027-11-03T09:00"));
        assertThat(dispatchAt("RF-12")).isEqualTo(oslo("2028-05-03T09:00"));
        saveDate("rfDate", "2027-05-10");
        assertThat(patientForms()).as("the three RF forms, once each").hasSize(3);
        assertThat(dispatchAt("RF-3")).as("moved by the patient-form pathway").isEqualTo(oslo("2027-08-10T09:00"));
        fireDueJobsAt("2027-08-10T09:00");
        answer("RF-3", Map.of("PGIC", "2"));
        assertThat(registry.calls).contains("send RF-3@2027-08-10T09:00");
        assertThat(course).isWaitingAt("UserTask_Behandling", "CallActivity_Rf6", "CallActivity_Rf12")
                .hasPassed("EndEvent_OtherDate");
        fireDueJobsAt("2027-11-10T09:00");
        fireDueJobsAt("2027-11-13T09:00");
        fireDueJobsAt("2027-11-16T09:00");
        fireDueJobsAt("2028-05-10T09:00");
        answer("RF-12", Map.of("PGIC", "4"));
        assertThat(registry.calls).containsSubsequence("send RF-6@2027-11-10T09:00", "remind RF-6@2027-11-13T09:00",
                "lockUnanswered RF-6@2027-11-16T09:00", "send RF-12@2028-05-10T09:00");
        assertThat(course).isWaitingAt("UserTask_Behandling").hasPassed("EndEvent_RfDone");
    }

    /** R4: a stop request closes each pending follow-up; the course's RF branch ends without a send. */
    @Test
    void aStopRequest_closesThePendingFollowUps_andNothingIsSent() {
        toTreatment();
        saveDate("rfDate", "2027-05-03");

        for (String form : List.of("RF-3", "RF-6", "RF-12")) {
            runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_CLOSED)
                    .processInstanceId(patientForm(form).getId()).correlate();
        }
        fireDueJobsAt("2027-08-03T09:00");
        fireDueJobsAt("2027-11-03T09:00");

        assertThat(course).hasPassed("EndEvent_RfDone").isWaitingAt("UserTask_Behandling");
        assertThat(registry.calls).as("no RF form goes out").containsExactly("send BASELINE@2027-03-29T09:00");
    }

    @Test
    void anScsImplant_plansTheFollowUpsSixAndTwelveMonthsAfterIt() {
        toTreatment();

        saveDate("scsImplant", "2027-06-01");

        assertThat(dispatchAt("SCS-6")).isEqualTo(oslo("2027-12-01T09:00"));
        assertThat(dispatchAt("SCS-12")).isEqualTo(oslo("2028-06-01T09:00"));
        fireDueJobsAt("2027-12-01T09:00");
        answer("SCS-6", Map.of("PGIC", "1"));
        fireDueJobsAt("2028-06-01T09:00");
        answer("SCS-12", Map.of("PGIC", "3"));
        assertThat(course).isWaitingAt("UserTask_Behandling").hasPassed("EndEvent_ScsDone");
    }

    @Test
    void treatmentDatesSavedBeforeFollowUpIsDecided_arePlannedWhenItIs() {
        book("2027-03-01T10:00", "2027-04-12");
        fireDueJobsAt("2027-03-29T09:00");
        finaliseRegistration("2027-04-12", registration());
        assertThat(course).as("the record opens with the registration").isWaitingAt("UserTask_Behandling",
                "CallActivity_Baseline");

        saveDate("rfDate", "2027-04-20");
        saveDate("scsImplant", "2027-04-22");
        assertThat(course).hasPassed("EndEvent_OtherDate").hasNotPassed("Gateway_RfStart");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "1"));

        assertThat(course).hasPassed("Gateway_RfStart", "Gateway_ScsStart");
        assertThat(dispatchAt("RF-3")).isEqualTo(oslo("2027-07-20T09:00"));
        assertThat(dispatchAt("SCS-6")).isEqualTo(oslo("2027-10-22T09:00"));
    }

    @Test
    void treatmentEndedBeforeFollowUpIsDecided_theEndFollowUpWaitsForTheDecision() {
        book("2027-03-01T10:00", "2027-04-12");
        fireDueJobsAt("2027-03-29T09:00");
        finaliseRegistration("2027-04-12", registration());

        endTreatment("2027-04-12");
        assertThat(course).isWaitingAt("Event_FollowUpDecided", "CallActivity_Baseline");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "1"));

        assertThat(course).isWaitingAt("CallActivity_End12");
        assertThat(dispatchAt("SLUTT-12")).isEqualTo(oslo("2028-04-12T09:00"));
    }

    @Test
    void anRfDateFirstTypedAtTheFinalise_stillPlansTheRfFollowUps_besideTheOneAfterTheEnd() {
        toTreatment();
        registry.dates.put("rfDate", LocalDate.parse("2027-06-01"));

        endTreatment("2027-09-15");

        assertThat(course).isWaitingAt("CallActivity_End12", "CallActivity_Rf3", "CallActivity_Rf6",
                "CallActivity_Rf12").hasPassed("Gateway_EndChecks");
        assertThat(dispatchAt("RF-3")).isEqualTo(oslo("2027-09-01T09:00"));
        assertThat(patientForms()).as("no SCS date: no SCS follow-up").hasSize(4);
    }

    @Test
    void twelveMonthsIntoOngoingTreatment_theOngoingFollowUpGoesOut() {
        toTreatment();

        fireDueJobsAt("2028-04-12T08:00");
        fireDueJobsAt("2028-04-12T09:00");

        assertThat(registry.calls).contains("send PAGAENDE-12@2028-04-12T09:00");
        assertThat(course).isWaitingAt("UserTask_Behandling", "CallActivity_Ongoing12");
        answer("PAGAENDE-12", Map.of("PGIC", "4"));
        assertThat(course).hasPassed("EndEvent_OngoingDone");
    }

    @Test
    void treatmentEnded_theFollowUpGoesOutTwelveMonthsAfterTheEnd_andTheOngoingOneNever() {
        toTreatment();

        endTreatment("2027-09-15");

        assertThat(course).isWaitingAt("CallActivity_End12").hasNotPassed("CallActivity_Ongoing12");
        assertThat(dispatchAt("SLUTT-12")).isEqualTo(oslo("2028-09-15T09:00"));
        fireDueJobsAt("2028-04-12T09:00");
        fireDueJobsAt("2028-09-15T09:00");
        fireDueJobsAt("2028-09-18T09:00");
        fireDueJobsAt("2028-09-21T09:00");
        assertThat(registry.calls).containsExactly("send BASELINE@2027-03-29T09:00",
                "send SLUTT-12@2028-09-15T09:00", "remind SLUTT-12@2028-09-18T09:00",
                "lockUnanswered SLUTT-12@2028-09-21T09:00");
        assertThat(course).isEnded().hasPassed("EndEvent_FollowUpsDone");
        assertThat(support.endedCourses).containsExactly(course.getBusinessKey());
    }

    private void assertExcluded(Map<String, Object> registration, String noteTask, String reason) {
        book("2027-03-01T10:00", "2027-04-12");
        fireDueJobsAt("2027-03-29T09:00");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "1"));

        finaliseRegistration("2027-04-12", registration);

        assertThat(course).as("the treatment record stays open").isWaitingAt("UserTask_Behandling")
                .hasPassed(noteTask, "Gateway_NoFollowUp", "EndEvent_NoFollowUp");
        assertThat(support.notes).singleElement().asString().contains(reason);
        saveDate("rfDate", "2027-05-03");
        endTreatment("2027-09-15");
        assertThat(course).isEnded().hasPassed("EndEvent_TreatmentEnded").hasNotPassed("Gateway_RfStart");
        assertThat(patientForms()).isEmpty();
    }

    /** Booked, baseline answered, registration finalised: the treatment record is open. */
    private void toTreatment() {
        book("2027-03-01T10:00", "2027-04-12");
        fireDueJobsAt("2027-03-29T09:00");
        answer("BASELINE", Map.of("SamtykkeOppfolging", "1"));
        finaliseRegistration("2027-04-12", registration());
        assertThat(course).isWaitingAt("UserTask_Behandling").hasPassed("EndEvent_NoRfYet", "EndEvent_NoScsYet");
        assertThat(managementService().createJobQuery().processInstanceId(course.getId()).timers().singleResult()
                .getDuedate().toInstant()).as("12 months after the first consultation, before the 09:00 sends")
                .isEqualTo(oslo("2028-04-12T08:00"));
    }

    /** The treatment record finalised with its end date. */
    private void endTreatment(String endDate) {
        registry.dates.put("endDate", LocalDate.parse(endDate));
        complete(task(course));
    }

    private static Map<String, Object> registration(String... fieldAndValue) {
        Map<String, Object> answers = new HashMap<>(Map.of("Behandlingsrettkategori", "1", "KognitivSvikt", "0",
                "Tolkebehov", "0", "Forskningsdeltaker", "0", "DiagnoseICD10", "M54.5"));
        for (int i = 0; i < fieldAndValue.length; i += 2) {
            answers.put(fieldAndValue[i], fieldAndValue[i + 1]);
        }
        return answers;
    }

    /** The secretary creates the course and saves the registration's draft with the planned consultation. */
    private void book(String localTime, String plannedConsultation) {
        book(localTime, plannedConsultation, "RESERVATION");
    }

    private void book(String localTime, String plannedConsultation, String legalBasis) {
        start(localTime, true, legalBasis);
        saveDate(PLANNED, plannedConsultation);
    }

    private void start(String localTime, boolean epromAllowed, String legalBasis) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        course = runtimeService().startProcessInstanceByKey("opr-course", "91", withVariables(
                CourseProcess.VAR_REGISTRY, "opr", CourseProcess.VAR_UNIT, "100320",
                CourseProcess.VAR_LEGAL_BASIS, legalBasis, CourseProcess.VAR_COURSE_TYPE, 3,
                CourseProcess.VAR_EPROM_ALLOWED, epromAllowed, CourseProcess.VAR_PATIENT_RESERVED, !epromAllowed));
        assertThat(task(course)).hasCandidateGroup("LU").hasCandidateGroup("LC");
    }

    private void saveDate(String role, String date) {
        ProcessTestSupport.saveDate(registry, course, role, date);
    }

    private void finaliseRegistration(String firstConsultation, Map<String, Object> answers) {
        registry.dates.put(FIRST, LocalDate.parse(firstConsultation));
        registry.forms.put("REGISTRERING", answers);
        complete(task(course));
    }

    private void answer(String form, Map<String, Object> answers) {
        assertThat(patientForm(form).getTenantId()).as("called in the course's tenant").isEqualTo("opr100320");
        registry.answered.add(form);
        registry.forms.put(form.replace('-', '_'), answers);
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_ANSWERED)
                .processInstanceId(patientForm(form).getId()).correlate();
    }

    private List<ProcessInstance> patientForms() {
        return ProcessTestSupport.patientForms(course);
    }

    private ProcessInstance patientForm(String code) {
        return ProcessTestSupport.patientForm(course, code);
    }

    private Instant dispatchAt(String code) {
        return ProcessTestSupport.dispatchAt(course, code);
    }
}
