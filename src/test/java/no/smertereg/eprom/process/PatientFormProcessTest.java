package no.smertereg.eprom.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;
import static no.smertereg.engine.EngineTestClock.oslo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.eprom.DispatchSchedule;
import no.smertereg.eprom.PatientFormSchedule;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.SmerteregPatientForms;
import no.smertereg.forms.SmerteregForms;
import no.smertereg.shared.RegistryClock;

/**
 * The patient-form timeline with a controlled clock: sent at 16:30, one reminder after three days, locked as
 * unanswered three days later; an answer or a stop ends it and nothing more is sent.
 */
@Deployment(resources = "processes/patient-form.bpmn")
class PatientFormProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final List<String> calls = new ArrayList<>();
    private final Registry registry = new Registry();

    /**
     * The {@code eprom} bean as the diagram sees it: the real schedule on the engine's clock, and the registry's
     * answers ("closed before it was ordered?", "is the patient dead?", "no phone or e-mail?") and sends recorded.
     */
    public final class Registry {
        private LocalDate endDate = LocalDate.of(2026, 11, 20);
        private LocalDate plannedConsultation;
        private final PatientFormSchedule schedule = new PatientFormSchedule(
                new DispatchSchedule(java.time.LocalTime.of(21, 0)),
                (courseId, role) -> "endDate".equals(role) ? this.endDate : this.plannedConsultation,
                SmerteregForms.REGISTRIES, new RegistryClock());
        private boolean closed;
        private boolean dead;
        private boolean withoutContact;
        private boolean sendFails;

        public Date plannedSend(DelegateExecution execution) {
            return schedule.planned(execution);
        }

        public boolean tooLate(DelegateExecution execution) {
            return schedule.tooLate(execution);
        }

        public Date nextSend(DelegateExecution execution) {
            return schedule.nextSend(execution);
        }

        public boolean isClosed(DelegateExecution execution) {
            return closed;
        }

        public boolean patientDead(DelegateExecution execution) {
            return dead;
        }

        public boolean withoutContact(DelegateExecution execution) {
            return withoutContact;
        }

        public void send(DelegateExecution execution) {
            if (sendFails) {
                calls.add("failed send@" + now());
                throw new IllegalStateException("SMS gateway unavailable");
            }
            calls.add("send@" + now());
        }

        public void remind(DelegateExecution execution) {
            calls.add("remind@" + now());
        }

        public void lockUnanswered(DelegateExecution execution) {
            calls.add("lockUnanswered@" + now());
        }

        public void lockNotSent(DelegateExecution execution) {
            calls.add("lockNotSent@" + now());
        }

        public void closeDeceased(DelegateExecution execution) {
            calls.add("closeDeceased@" + now());
        }
    }

    @BeforeEach
    void setUp() {
        Mocks.register("eprom", registry);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void consentBefore1630_isSentThatDay_remindedAfterThreeDays_lockedAfterSix() {
        ProcessInstance form = order("2026-11-23T10:05", SmerteregPatientForms.PASREG);
        assertThat(form).isWaitingAt("Timer_Dispatch");
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-23T16:30"));

        fireDueJobsAt("2026-11-23T16:30");
        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-23T16:30"));
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-26T16:30"));

        fireDueJobsAt("2026-11-26T16:30");
        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswerAfterReminder");
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-29T16:30"));

        fireDueJobsAt("2026-11-29T16:30");
        assertThat(form).isEnded().hasPassed("ServiceTask_LockUnanswered", "EndEvent_LockedUnanswered");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-23T16:30"),
                "remind@" + oslo("2026-11-26T16:30"),
                "lockUnanswered@" + oslo("2026-11-29T16:30"));
    }

    @Test
    void consentAfter1630_isSentTheNextDay_hadsTwoMinutesAfterPasreg() {
        ProcessInstance pasreg = order("2026-11-23T17:10", SmerteregPatientForms.PASREG);
        ProcessInstance hads = order("2026-11-23T17:10", SmerteregPatientForms.HADS);

        assertThat(dueDate(pasreg)).isEqualTo(oslo("2026-11-24T16:30"));
        assertThat(dueDate(hads)).isEqualTo(oslo("2026-11-24T16:32"));
        fireDueJobsAt("2026-11-24T16:31");
        assertThat(pasreg).isWaitingAt("ReceiveTask_AwaitAnswer");
        assertThat(hads).isWaitingAt("Timer_Dispatch");
    }

    @Test
    void anAnswerBeforeTheReminder_meansNoReminderEver() {
        ProcessInstance form = order("2026-11-23T08:00", SmerteregPatientForms.HADS);
        fireDueJobsAt("2026-11-23T16:32");

        answer(form);

        assertThat(form).isEnded().hasPassed("EndEvent_Answered").hasNotPassed("ServiceTask_SendReminder");
        fireDueJobsAt("2026-12-31T16:30");
        assertThat(calls).hasSize(1);
    }

    @Test
    void anAnswerAfterTheReminder_endsItAnsweredWithoutALock() {
        ProcessInstance form = order("2026-11-23T08:00", SmerteregPatientForms.EVAL);
        fireDueJobsAt("2026-11-23T16:30");
        fireDueJobsAt("2026-11-26T16:30");

        answer(form);

        assertThat(form).isEnded().hasPassed("EndEvent_Answered").hasNotPassed("ServiceTask_LockUnanswered");
        assertThat(calls).hasSize(2);
    }

    @Test
    void aStopBefore1630_meansNothingIsSent() {
        ProcessInstance form = order("2026-11-23T11:00", SmerteregPatientForms.PASREG);

        close(form);

        assertThat(form).isEnded().hasPassed("EndEvent_Closed");
        fireDueJobsAt("2026-11-23T16:30");
        assertThat(calls).isEmpty();
    }

    @Test
    void closingAfterTheSend_cancelsTheReminder() {
        ProcessInstance form = order("2026-11-23T11:00", SmerteregPatientForms.OPIOID);
        fireDueJobsAt("2026-11-23T16:30");

        close(form);

        assertThat(form).isEnded().hasPassed("EndEvent_Closed");
        fireDueJobsAt("2026-11-26T16:30");
        assertThat(calls).hasSize(1);
    }

    @Test
    void downAt1630ButBackBy21_theFormGoesThatEvening() {
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.PASREG);

        fireDueJobsAt("2026-11-23T19:45");

        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer").hasNotPassed("Timer_NextDayDispatch");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-23T19:45"));
    }

    @Test
    void downAt1630AndBackAfter21_theFormWaitsForTheNextDays1630() {
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.HADS);

        fireDueJobsAt("2026-11-23T22:10");
        assertThat(form).isWaitingAt("Timer_NextDayDispatch");
        assertThat(calls).isEmpty();
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-24T16:32"));

        fireDueJobsAt("2026-11-24T16:32");
        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-24T16:32"));
    }

    @Test
    void aFormClosedInTheRegistryBeforeItWasOrdered_endsAtOnce() {
        registry.closed = true;

        ProcessInstance form = order("2026-11-23T11:00", SmerteregPatientForms.EVAL);

        assertThat(form).isEnded().hasPassed("EndEvent_ClosedBeforeOrder").hasNotPassed("Timer_Dispatch");
        fireDueJobsAt("2026-11-23T16:30");
        assertThat(calls).isEmpty();
    }

    @Test
    void aPatientAlreadyDeadWhenTheFormIsOrdered_hasItClosedWithReason3AndIsSentNothing() {
        registry.dead = true;

        ProcessInstance form = order("2026-11-23T11:00", SmerteregPatientForms.PASREG);

        assertThat(form).isEnded().hasPassed("ServiceTask_CloseDeceased", "EndEvent_ClosedDeceased")
                .hasNotPassed("Timer_Dispatch");
        fireDueJobsAt("2026-11-23T16:30");
        assertThat(calls).containsExactly("closeDeceased@" + oslo("2026-11-23T11:00"));
    }

    @Test
    void withoutPhoneOrEmail_noReminderIsSent_andTheFormIsLockedAsNotSentSixDaysAfterItWasDue() {
        registry.withoutContact = true;
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.PASREG);

        fireDueJobsAt("2026-11-23T16:30");
        assertThat(form).isWaitingAt("Gateway_AwaitPaperOrContact");
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-29T16:30"));

        fireDueJobsAt("2026-11-26T16:30");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-23T16:30"));

        fireDueJobsAt("2026-11-29T16:30");
        assertThat(form).isEnded().hasPassed("Timer_NoContactLock", "ServiceTask_LockNotSent",
                "EndEvent_LockedNotSent").hasNotPassed("ServiceTask_SendReminder", "ServiceTask_LockUnanswered",
                "EndEvent_LockedUnanswered");
        assertThat(calls).as("locked as never sent (reason 8), not as unanswered (reason 7)").containsExactly(
                "send@" + oslo("2026-11-23T16:30"), "lockNotSent@" + oslo("2026-11-29T16:30"));
    }

    @Test
    void withoutPhoneOrEmail_aPaperAnswerEndsTheFormAnswered() {
        registry.withoutContact = true;
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.HADS);
        fireDueJobsAt("2026-11-23T16:32");

        answer(form);

        assertThat(form).isEnded().hasPassed("Event_PaperAnswered", "EndEvent_Answered");
        fireDueJobsAt("2026-12-31T16:30");
        assertThat(calls).hasSize(1);
    }

    @Test
    void withoutPhoneOrEmail_aManualDispatchOnceContactIsAdded_sendsAndStartsTheAnswerWindow() {
        registry.withoutContact = true;
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.EVAL);
        fireDueJobsAt("2026-11-23T16:30");
        registry.withoutContact = false;

        ClockUtil.setCurrentTime(Date.from(oslo("2026-11-25T09:15")));
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_RESEND)
                .processInstanceId(form.getId()).correlate();
        fireDueJobsAt("2026-11-25T09:15");

        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer").hasPassed("Event_Resend");
        assertThat(calls).containsExactly("send@" + oslo("2026-11-23T16:30"),
                "send@" + oslo("2026-11-25T09:15"));
        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-28T09:15"));
    }

    @Test
    void aFailingSendIsTriedThreeTimesTenMinutesApart_thenRaisesAnIncident() {
        registry.sendFails = true;
        ProcessInstance form = order("2026-11-23T10:00", SmerteregPatientForms.PASREG);

        for (String attempt : List.of("2026-11-23T16:30", "2026-11-23T16:40", "2026-11-23T16:50",
                "2026-11-23T17:00")) {
            ClockUtil.setCurrentTime(Date.from(oslo(attempt)));
            for (int round = 0; round < 3; round++) {
                for (Job job : managementService().createJobQuery().processInstanceId(form.getId()).executable()
                        .list()) {
                    try {
                        managementService().executeJob(job.getId());
                    } catch (ProcessEngineException expected) {
                        // the job executor records the failure and schedules the next retry
                    }
                }
            }
        }

        assertThat(calls).containsExactly("failed send@" + oslo("2026-11-23T16:30"),
                "failed send@" + oslo("2026-11-23T16:40"), "failed send@" + oslo("2026-11-23T16:50"));
        assertThat(form).isWaitingAt("ServiceTask_SendForm");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(form.getId()).singleResult()
                .getIncidentMessage()).endsWith("SMS gateway unavailable");
    }

    @Test
    void anEndDateDependentForm_isPlannedThatManyDaysAfterTheEndDate_andMovesWhenTheEndDateIsCorrected() {
        ProcessInstance opioid = order("2026-11-23T10:00", SmerteregPatientForms.OPIOID, opioidSchedule());
        assertThat(opioid).isWaitingAt("Timer_Dispatch");
        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-18T16:30"));

        registry.endDate = LocalDate.of(2026, 11, 27);
        ClockUtil.setCurrentTime(Date.from(oslo("2026-11-30T12:00")));
        changeCourseDate();

        assertThat(opioid).isWaitingAt("Timer_Dispatch").hasPassed("Event_CourseDateChanged");
        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-25T16:30"));
        fireDueJobsAt("2026-12-18T16:30");
        assertThat(calls).isEmpty();
        fireDueJobsAt("2026-12-25T16:30");
        assertThat(calls).containsExactly("send@" + oslo("2026-12-25T16:30"));
    }

    @Test
    void anEndDateCorrectedToLongAgo_sendsAtTheNextSendTime() {
        ProcessInstance opioid = order("2026-11-23T10:00", SmerteregPatientForms.OPIOID, opioidSchedule());

        registry.endDate = LocalDate.of(2026, 9, 1);
        ClockUtil.setCurrentTime(Date.from(oslo("2026-11-30T17:00")));
        changeCourseDate();

        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-01T16:30"));
    }

    @Test
    void aCorrectedEndDate_leavesAFormPlannedFromItsOrderWhereItWas() {
        ProcessInstance pasreg = order("2026-11-23T10:00", SmerteregPatientForms.PASREG);

        ClockUtil.setCurrentTime(Date.from(oslo("2026-11-23T15:00")));
        changeCourseDate();

        assertThat(pasreg).isWaitingAt("Timer_Dispatch");
        assertThat(dueDate(pasreg)).isEqualTo(oslo("2026-11-23T16:30"));
    }

    @Test
    void aFormOrderedBeforeTheScheduleWasInTheDiagram_followsTheNewestCourseDiagramsScheduleForItsForm() {
        ClockUtil.setCurrentTime(Date.from(oslo("2026-11-23T10:00")));
        ProcessInstance opioid = runtimeService().startProcessInstanceByKey(PatientFormProcess.KEY, "70",
                Variables.createVariables().putValue("unitResh", "100082")
                        .putValue(PatientFormProcess.VAR_PATIENT_FORM, "OPIOID")
                        .putValue(PatientFormProcess.VAR_DISPATCH_AT, Date.from(oslo("2026-12-18T16:30"))));
        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-18T16:30"));

        registry.endDate = LocalDate.of(2026, 11, 27);
        changeCourseDate();

        assertThat(dueDate(opioid)).as("P28D at 16:30 from the course diagram").isEqualTo(oslo("2026-12-25T16:30"));
    }

    @Test
    void theSendTimeAndDelayAreTheDiagrams() {
        ProcessInstance form = order("2026-11-23T16:45", SmerteregPatientForms.HADS, Variables.createVariables()
                .putValue("sendTime", "17:00").putValue("sendDelay", "PT2M"));

        assertThat(dueDate(form)).isEqualTo(oslo("2026-11-23T17:02"));
    }

    /**
     * ADR 0016: a form planned 16 days before the planned consultation at 09:00 (NNRR's "før behandling"). Booked
     * 40 days ahead it waits for its day; 16 days ahead it goes the next morning; 5 days ahead too (the catch-up
     * rule); a consultation moved while it waits moves it; after it is sent a move changes nothing here.
     */
    @Test
    void aFormBeforeTheConsultation_bookedFortyDaysAhead_goesSixteenDaysBeforeIt_andFollowsAMove() {
        registry.plannedConsultation = LocalDate.of(2027, 1, 12);
        ProcessInstance form = order("2026-12-03T11:00", SmerteregPatientForms.PASREG, beforeConsultation());
        assertThat(dueDate(form)).isEqualTo(oslo("2026-12-27T09:00"));

        registry.plannedConsultation = LocalDate.of(2027, 1, 26);
        ClockUtil.setCurrentTime(Date.from(oslo("2026-12-10T13:00")));
        changeCourseDate();

        assertThat(form).isWaitingAt("Timer_Dispatch").hasPassed("Event_CourseDateChanged");
        assertThat(dueDate(form)).isEqualTo(oslo("2027-01-10T09:00"));
        fireDueJobsAt("2026-12-27T09:00");
        assertThat(calls).isEmpty();
        fireDueJobsAt("2027-01-10T09:00");
        assertThat(calls).containsExactly("send@" + oslo("2027-01-10T09:00"));

        registry.plannedConsultation = LocalDate.of(2027, 2, 2);
        changeCourseDate();
        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer");
    }

    @Test
    void aFormBeforeTheConsultation_bookedSixteenDaysAhead_goesTheNextMorning() {
        registry.plannedConsultation = LocalDate.of(2026, 12, 19);
        ProcessInstance form = order("2026-12-03T11:00", SmerteregPatientForms.PASREG, beforeConsultation());

        assertThat(dueDate(form)).isEqualTo(oslo("2026-12-04T09:00"));
    }

    @Test
    void aFormBeforeTheConsultation_bookedFiveDaysAhead_goesTheNextMorning_orThisMorningWhenBookedBeforeNine() {
        registry.plannedConsultation = LocalDate.of(2026, 12, 8);
        ProcessInstance afternoon = order("2026-12-03T15:00", SmerteregPatientForms.PASREG, beforeConsultation());
        ProcessInstance early = order("2026-12-03T07:30", SmerteregPatientForms.HADS, beforeConsultation());

        assertThat(dueDate(afternoon)).isEqualTo(oslo("2026-12-04T09:00"));
        assertThat(dueDate(early)).isEqualTo(oslo("2026-12-03T09:00"));
    }

    /**
     * ADR 0016, "ikke send varsel": the patient answers at the clinic with a code the user hands over. Nothing is sent,
     * the planned send is gone, and an unfinished form is reminded three days later and locked three after that.
     */
    @Test
    void aFormAnsweredAtTheClinic_isNotSent_andIsRemindedAndLockedAsAfterASend() {
        registry.plannedConsultation = LocalDate.of(2027, 1, 12);
        ProcessInstance form = order("2026-12-03T11:00", SmerteregPatientForms.PASREG, beforeConsultation());

        ClockUtil.setCurrentTime(Date.from(oslo("2026-12-04T10:15")));
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_AT_CLINIC)
                .processInstanceId(form.getId()).correlate();

        assertThat(form).isWaitingAt("ReceiveTask_AwaitAnswer").hasPassed("Event_AtClinic", "Gateway_AwaitAnswer")
                .hasNotPassed("ServiceTask_SendForm");
        fireDueJobsAt("2026-12-07T10:14");
        assertThat(calls).isEmpty();
        fireDueJobsAt("2026-12-07T10:15");
        fireDueJobsAt("2026-12-10T10:15");
        assertThat(calls).containsExactly("remind@" + oslo("2026-12-07T10:15"),
                "lockUnanswered@" + oslo("2026-12-10T10:15"));
        assertThat(form).isEnded().hasPassed("EndEvent_LockedUnanswered");
    }

    @Test
    void aFormAnsweredAtTheClinic_endsWithTheAnswer() {
        ProcessInstance form = order("2026-12-03T11:00", SmerteregPatientForms.PASREG);
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_AT_CLINIC)
                .processInstanceId(form.getId()).correlate();

        answer(form);

        assertThat(form).isEnded().hasPassed("EndEvent_Answered");
        assertThat(calls).isEmpty();
    }

    /** An Opioid ordered on a diagram before ADR 0016, with {@code sendAfterEndDate}, is planned and moved as before. */
    @Test
    void aFormOrderedWithTheEarlierSendAfterEndDate_isPlannedFromTheEndDate_andFollowsItsCorrection() {
        ProcessInstance opioid = order("2026-11-23T10:00", SmerteregPatientForms.OPIOID, Variables.createVariables()
                .putValue("sendTime", "16:30").putValue("sendAfterEndDate", "P28D"));
        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-18T16:30"));

        registry.endDate = LocalDate.of(2026, 11, 27);
        changeCourseDate();

        assertThat(dueDate(opioid)).isEqualTo(oslo("2026-12-25T16:30"));
    }

    private static VariableMap opioidSchedule() {
        return Variables.createVariables().putValue("sendTime", "16:30").putValue("sendRelativeTo", "endDate")
                .putValue("sendOffset", "P28D");
    }

    private static VariableMap beforeConsultation() {
        return Variables.createVariables().putValue("sendTime", "09:00")
                .putValue("sendRelativeTo", "plannedConsultation").putValue("sendOffset", "-P16D");
    }

    private static void changeCourseDate() {
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED)
                .processInstanceBusinessKey("70").correlateAll();
    }

    /** Ordered as the course diagram orders Pasreg, Eval and Opioid (16:30) and HADS (16:30 plus two minutes). */
    private ProcessInstance order(String localTime, PatientFormType type) {
        VariableMap schedule = Variables.createVariables().putValue("sendTime", "16:30");
        return order(localTime, type, type.equals(SmerteregPatientForms.HADS) ? schedule.putValue("sendDelay", "PT2M") : schedule);
    }

    private ProcessInstance order(String localTime, PatientFormType type, VariableMap schedule) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        return runtimeService().startProcessInstanceByKey(PatientFormProcess.KEY, "70", Variables.createVariables()
                .putValue("unitResh", "100082").putValue(PatientFormProcess.VAR_PATIENT_FORM, type.code())
                .putValue("sendTime", schedule.get("sendTime")).putValue("sendDelay", schedule.get("sendDelay"))
                .putValue("sendAfterEndDate", schedule.get("sendAfterEndDate"))
                .putValue("sendRelativeTo", schedule.get("sendRelativeTo"))
                .putValue("sendOffset", schedule.get("sendOffset")));
    }

    private static void answer(ProcessInstance form) {
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_ANSWERED)
                .processInstanceId(form.getId()).correlate();
    }

    private static void close(ProcessInstance form) {
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_CLOSED)
                .processInstanceId(form.getId()).correlate();
    }

    private static Instant dueDate(ProcessInstance form) {
        Job timer = managementService().createJobQuery().processInstanceId(form.getId()).timers().singleResult();
        return timer.getDuedate().toInstant();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
