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
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.eprom.process.PatientFormProcess;

/**
 * NNRR's course pathway (seeds/004, N1-N5) with a controlled clock and the real patient-form pathway and send
 * schedule: the form before treatment 16 days before the planned consultation at 09:00 (or the next morning), order
 * now, answer at the clinic, each rescheduling rule (while the treater form is open), deletion without consent or relevant diagnosis, and the 6- and
 * 12-month follow-ups with reminder and lock. Every flow node of {@code nnrr-course} is covered.
 */
@Deployment(resources = {"processes/nnrr-course.bpmn", "processes/patient-form.bpmn", "forms/nnrr-behandler.form"})
class NnrrCourseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder(ProcessTestSupport.ENGINE_CONFIGURATION).excludeProcessDefinitionKeys("patient-form")
            .assertClassCoverageAtLeast(1.0).build();

    private static final String BEFORE = "PASIENT-FOR";
    private static final String PLANNED = "plannedConsultation";
    private static final String FIRST = "firstConsultation";

    private final Registry registry = new Registry();
    private ProcessTestSupport support;
    private ProcessInstance course;

    /**
     * The {@code eprom} bean as NNRR's diagrams see it: the real schedule on the engine's clock reading the course's
     * dates from this test, the answers and the days a date moved after the send kept here, and each send, reminder
     * and lock recorded.
     */
    public final class Registry extends ProcessTestSupport.SchedulingPatientForms {
        private long daysMovedSinceSent;

        public long daysMovedSinceSent(DelegateExecution execution, String form) {
            return daysMovedSinceSent;
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
    void bookedFortyDaysAhead_theFormGoesOutSixteenDaysBeforeTheConsultation_at0900() {
        book("2027-03-01T10:00", "2027-04-10");

        assertThat(course).isWaitingAt("UserTask_Behandler", "CallActivity_Before");
        assertThat(dispatchAt(BEFORE)).isEqualTo(oslo("2027-03-25T09:00"));
        fireDueJobsAt("2027-03-25T09:00");
        assertThat(registry.calls).containsExactly("send PASIENT-FOR@2027-03-25T09:00");
    }

    @Test
    void bookedSixteenDaysAhead_theFormGoesOutThatMorning() {
        book("2027-03-01T07:30", "2027-03-17");

        assertThat(dispatchAt(BEFORE)).isEqualTo(oslo("2027-03-01T09:00"));
    }

    @Test
    void bookedFiveDaysAhead_theFormGoesOutTheNextMorning() {
        book("2027-03-01T10:00", "2027-03-06");

        fireDueJobsAt("2027-03-01T10:00");
        assertThat(registry.calls).isEmpty();
        assertThat(dispatchAt(BEFORE)).isEqualTo(oslo("2027-03-02T09:00"));
        fireDueJobsAt("2027-03-02T09:00");
        assertThat(registry.calls).containsExactly("send PASIENT-FOR@2027-03-02T09:00");
    }

    @Test
    void orderedNow_theFormGoesOutAtOnce() {
        book("2027-03-01T10:00", "2027-04-10");

        Job planned = managementService().createJobQuery().processInstanceId(patientForm(BEFORE).getId()).timers()
                .singleResult();
        managementService().setJobDuedate(planned.getId(), ClockUtil.getCurrentTime());
        fireDueJobsAt("2027-03-01T10:00");

        assertThat(registry.calls).containsExactly("send PASIENT-FOR@2027-03-01T10:00");
        assertThat(patientForm(BEFORE)).isWaitingAt("ReceiveTask_AwaitAnswer");
    }

    @Test
    void answeredAtTheClinic_noNoticeGoesOut_andTheAnswerCountsAsConsent() {
        book("2027-03-01T10:00", "2027-04-10");

        ClockUtil.setCurrentTime(Date.from(oslo("2027-04-10T08:30")));
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_AT_CLINIC)
                .processInstanceId(patientForm(BEFORE).getId()).correlate();
        assertThat(patientForm(BEFORE)).isWaitingAt("ReceiveTask_AwaitAnswer");
        answer(BEFORE);
        finaliseTreaterForm(3, "2027-04-10");

        assertThat(registry.calls).isEmpty();
        assertThat(course).isWaitingAt("CallActivity_SixMonths", "CallActivity_TwelveMonths");
    }

    @Test
    void rescheduledWithMoreThanSixteenDaysLeft_theDispatchFollowsTheNewDate() {
        book("2027-03-01T10:00", "2027-04-10");

        saveDate(PLANNED, "2027-05-01");

        assertThat(dispatchAt(BEFORE)).isEqualTo(oslo("2027-04-15T09:00"));
        assertThat(course).hasPassed("EndEvent_MovedWithin");
        assertThat(support.deletedCourses).isEmpty();
    }

    @Test
    void sentAndMovedAtMostThirtyDays_nothingChanges() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");

        registry.daysMovedSinceSent = 30;
        saveDate(PLANNED, "2027-04-09");

        assertThat(course).isWaitingAt("UserTask_Behandler", "CallActivity_Before").hasPassed("EndEvent_MovedWithin");
        assertThat(patientForm(BEFORE)).isWaitingAt("ReceiveTask_AwaitAnswer");
        assertThat(support.deletedCourses).isEmpty();
    }

    @Test
    void sentAndMovedMoreThanThirtyDays_theCourseIsDeleted_forANewOneAtTheNewTime() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");

        registry.daysMovedSinceSent = 31;
        saveDate(PLANNED, "2027-04-10");

        assertThat(course).isEnded().hasPassed("Event_Rescheduled", "ServiceTask_DeleteMoved",
                "EndEvent_DeletedMoved");
        assertThat(support.deletedCourses).singleElement().asString().startsWith(course.getBusinessKey() + ": ")
                .contains("mer enn 30 dager");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(course.getBusinessKey())
                .count()).as("the patient form ends with the course").isZero();
    }

    @Test
    void afterTheTreaterFormIsFinalised_aMovedConsultationDeletesNothing() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");
        finaliseTreaterForm(3, "2027-03-10");

        registry.daysMovedSinceSent = 40;
        saveDate(PLANNED, "2027-04-19");

        assertThat(course).isWaitingAt("CallActivity_Before").hasNotPassed("ServiceTask_DeleteMoved");
        assertThat(support.deletedCourses).isEmpty();
    }

    @Test
    void aDateOtherThanThePlannedConsultation_doesNotOrderTheForm() {
        start("2027-03-01T10:00", true);

        saveDate(FIRST, "2027-03-01");

        assertThat(course).isWaitingAt("UserTask_Behandler", "Event_DateEntered")
                .hasPassed("Gateway_PlannedConsultation");
        assertThat(patientForms()).isEmpty();
    }

    @Test
    void noAnswer_meansNoConsent_theCourseIsDeletedWhenTheTreaterFormIsFinalised() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");
        fireDueJobsAt("2027-03-05T09:00");
        fireDueJobsAt("2027-03-08T09:00");
        assertThat(registry.calls).containsExactly("send PASIENT-FOR@2027-03-02T09:00",
                "remind PASIENT-FOR@2027-03-05T09:00", "lockUnanswered PASIENT-FOR@2027-03-08T09:00");
        assertThat(course).as("the course waits for the consultation").isWaitingAt("UserTask_Behandler");

        finaliseTreaterForm(3, "2027-03-10");

        assertThat(course).isEnded().hasPassed("ServiceTask_DeleteNoConsent", "EndEvent_DeletedNoConsent");
        assertThat(support.deletedCourses).singleElement().asString().contains("Manglende samtykke");
    }

    @Test
    void theTreaterFormFinalisedBeforeTheAnswer_theDecisionWaitsForThePatientForm() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");

        finaliseTreaterForm(3, "2027-03-04");
        assertThat(course).isWaitingAt("CallActivity_Before");
        answer(BEFORE);

        assertThat(course).isWaitingAt("CallActivity_SixMonths", "CallActivity_TwelveMonths");
    }

    @Test
    void noRelevantDiagnosis_deletesTheCourseWhenTheTreaterFormIsFinalised_withoutWaitingForThePatientForm() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");

        finaliseTreaterForm(1, "2027-03-10");

        assertThat(course).isEnded().hasPassed("ServiceTask_DeleteNoDiagnosis", "EndEvent_DeletedNoDiagnosis")
                .hasNotPassed("Gateway_BothDone", "Gateway_Consent");
        assertThat(support.deletedCourses).singleElement().asString().contains("Ingen relevant");
        assertThat(patientForms()).as("the patient form ends with the course").isEmpty();
    }

    @Test
    void aCourseOutsideTheRegistry_getsNoPatientForm_andIsDeletedForWantOfConsent() {
        start("2027-03-01T10:00", false);
        saveDate(PLANNED, "2027-03-20");
        assertThat(patientForms()).isEmpty();

        finaliseTreaterForm(3, "2027-03-20");

        assertThat(course).isEnded().hasPassed("Gateway_Eprom", "EndEvent_DeletedNoConsent");
    }

    @Test
    void consentAndADiagnosis_followUpsSixAndTwelveMonthsAfterTheFirstConsultation_withReminderAndLock() {
        book("2027-03-01T10:00", "2027-03-10");
        fireDueJobsAt("2027-03-02T09:00");
        answer(BEFORE);

        finaliseTreaterForm(3, "2027-03-11");

        assertThat(course).isWaitingAt("CallActivity_SixMonths", "CallActivity_TwelveMonths");
        assertThat(dispatchAt("OPPFOLGING-6")).isEqualTo(oslo("2027-09-11T09:00"));
        assertThat(dispatchAt("OPPFOLGING-12")).isEqualTo(oslo("2028-03-11T09:00"));
        fireDueJobsAt("2027-09-11T09:00");
        fireDueJobsAt("2027-09-14T09:00");
        fireDueJobsAt("2027-09-17T09:00");
        fireDueJobsAt("2028-03-11T09:00");
        answer("OPPFOLGING-12");

        assertThat(registry.calls).containsExactly("send PASIENT-FOR@2027-03-02T09:00",
                "send OPPFOLGING-6@2027-09-11T09:00", "remind OPPFOLGING-6@2027-09-14T09:00",
                "lockUnanswered OPPFOLGING-6@2027-09-17T09:00", "send OPPFOLGING-12@2028-03-11T09:00");
        assertThat(course).isEnded().hasPassed("EndEvent_FollowUpsDone");
        assertThat(support.deletedCourses).isEmpty();
        assertThat(support.endedCourses).containsExactly(course.getBusinessKey());
    }

    /** The clerk creates the course and saves the treater form's draft with the planned consultation. */
    private void book(String localTime, String plannedConsultation) {
        start(localTime, true);
        saveDate(PLANNED, plannedConsultation);
    }

    private void start(String localTime, boolean epromAllowed) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        course = runtimeService().startProcessInstanceByKey("nnrr-course", "90", withVariables(
                CourseProcess.VAR_REGISTRY, "nnrr", CourseProcess.VAR_UNIT, "100320", CourseProcess.VAR_LEGAL_BASIS, "CONSENT",
                CourseProcess.VAR_COURSE_TYPE, 3, CourseProcess.VAR_EPROM_ALLOWED, epromAllowed,
                CourseProcess.VAR_PATIENT_RESERVED, !epromAllowed));
        assertThat(task(course)).hasCandidateGroup("LU").hasCandidateGroup("LC");
        assertThat(task(course).getTenantId()).as("NNRR's share of the unit, not SmerteReg's").isEqualTo("nnrr100320");
    }

    private void saveDate(String role, String date) {
        ProcessTestSupport.saveDate(registry, course, role, date);
    }

    private void finaliseTreaterForm(int courseType, String firstConsultation) {
        registry.dates.put(FIRST, LocalDate.parse(firstConsultation));
        complete(task(course), withVariables(CourseProcess.VAR_COURSE_TYPE, courseType));
    }

    private void answer(String form) {
        assertThat(patientForm(form).getTenantId()).as("called in the course's tenant").isEqualTo("nnrr100320");
        registry.answered.add(form);
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
