package no.smertereg.access.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;
import static no.smertereg.engine.EngineTestClock.oslo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.access.AccessPathway;
import no.smertereg.access.AccessProcesses;
import no.smertereg.shared.RegistryClock;

/**
 * An access application with a controlled clock: routed to the approver group as the candidate group with the unit as
 * tenant, approved (user created) or rejected (reason sent), one reminder after five working days.
 */
@Deployment(resources = "processes/user-access-application.bpmn")
class UserAccessApplicationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Mocks.register("access", new RecordingAccess(calls));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void aUnitsApplication_waitsForItsUserAdministrators_andApprovalCreatesTheUser() {
        ProcessInstance application = apply("41", "100082", "USER_ADMIN", "2026-11-23T10:00");

        assertThat(application).isWaitingAt("UserTask_DecideApplication");
        assertThat(task(application)).hasName("Godkjenn søknad").hasCandidateGroup("USER_ADMIN");
        assertThat(task(application).getTenantId()).isEqualTo("100082");

        decide(application, true, "2026-11-24T09:00");

        assertThat(application).isEnded().hasPassed("ServiceTask_CreateUser", "EndEvent_UserCreated")
                .hasNotPassed("ServiceTask_SendRejection", "ServiceTask_RemindApprovers");
        assertThat(calls).containsExactly("decided:true",
                "createApprovedUser:41@" + oslo("2026-11-24T09:00"));
        assertThat(managementService().createJobQuery().count()).isZero();
    }

    @Test
    void aRejection_sendsTheReasonAndCreatesNoUser() {
        ProcessInstance application = apply("42", "100089", "USER_ADMIN", "2026-11-23T10:00");

        decide(application, false, "2026-11-23T11:00");

        assertThat(application).isEnded().hasPassed("ServiceTask_SendRejection", "EndEvent_Rejected")
                .hasNotPassed("ServiceTask_CreateUser");
        assertThat(calls).containsExactly("decided:false", "sendRejection:42@" + oslo("2026-11-23T11:00"));
    }

    @Test
    void itPersonnel_goToTheSystemManager_andTheReportPortalToTheNationalCoordinator() {
        ProcessInstance it = apply("43", "100082", "SYSTEM_MANAGER", "2026-11-23T10:00");
        ProcessInstance portal = apply("44", "100082", "SC", "2026-11-23T10:00");

        assertThat(candidateGroups(it)).containsExactly("SYSTEM_MANAGER");
        assertThat(candidateGroups(portal)).containsExactly("SC");
    }

    @Test
    void fiveWorkingDaysWithoutADecision_remindTheApproversOnce_andTheTaskStaysOpen() {
        ProcessInstance application = apply("45", "100082", "USER_ADMIN", "2026-11-23T10:00");
        assertThat(dueDate(application)).isEqualTo(oslo("2026-11-30T10:00"));

        fireDueJobsAt("2026-11-30T09:59");
        assertThat(calls).isEmpty();
        fireDueJobsAt("2026-11-30T10:00");

        assertThat(application).isWaitingAt("UserTask_DecideApplication")
                .hasPassed("ServiceTask_RemindApprovers", "EndEvent_Reminded");
        assertThat(calls).containsExactly("remindApprovers:45@" + oslo("2026-11-30T10:00"));

        fireDueJobsAt("2027-03-01T10:00");
        assertThat(calls).hasSize(1);
        decide(application, true, "2027-03-01T10:05");
        assertThat(application).isEnded().hasPassed("EndEvent_UserCreated");
    }

    @Test
    void anApplicationOnAFriday_isRemindedTheNextFriday_weekendsDoNotCount() {
        ProcessInstance application = apply("46", "100082", "USER_ADMIN", "2026-11-27T15:00");

        assertThat(dueDate(application)).isEqualTo(oslo("2026-12-04T15:00"));
    }

    @Test
    void aDecisionBeforeTheReminder_cancelsIt() {
        ProcessInstance application = apply("47", "100082", "USER_ADMIN", "2026-11-23T10:00");
        decide(application, false, "2026-11-25T10:00");

        fireDueJobsAt("2026-12-31T10:00");

        assertThat(calls).doesNotContain("remindApprovers:47@" + oslo("2026-11-30T10:00"));
        assertThat(application).hasNotPassed("ServiceTask_RemindApprovers");
    }

    private ProcessInstance apply(String applicationId, String unitResh, String approverGroup, String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        return runtimeService().startProcessInstanceByKey(AccessProcesses.APPLICATION, applicationId,
                Variables.createVariables().putValue(AccessProcesses.VAR_UNIT, unitResh)
                        .putValue(AccessProcesses.VAR_APPROVER_GROUP, approverGroup));
    }

    private static void decide(ProcessInstance application, boolean approved, String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        taskService().complete(task(application).getId(),
                Variables.createVariables().putValue(AccessProcesses.VAR_APPROVED, approved));
    }

    private static List<String> candidateGroups(ProcessInstance application) {
        return taskService().getIdentityLinksForTask(task(application).getId()).stream()
                .map(IdentityLink::getGroupId).filter(g -> g != null).toList();
    }

    private static Instant dueDate(ProcessInstance application) {
        return managementService().createJobQuery().processInstanceId(application.getId()).timers().singleResult()
                .getDuedate().toInstant();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** The access bean with its calendar, recording what the diagram asks of the registry instead of doing it. */
    public static final class RecordingAccess extends AccessPathway {
        private final List<String> calls;

        RecordingAccess(List<String> calls) {
            super(null, null, null, new WorkingDays(new RegistryClock()));
            this.calls = calls;
        }

        @Override
        public void applicationDecided(DelegateTask task) {
            calls.add("decided:" + task.getVariable(AccessProcesses.VAR_APPROVED));
        }

        @Override
        public void remindApprovers(DelegateExecution execution) {
            record("remindApprovers", execution);
        }

        @Override
        public void createApprovedUser(DelegateExecution execution) {
            record("createApprovedUser", execution);
        }

        @Override
        public void sendRejection(DelegateExecution execution) {
            record("sendRejection", execution);
        }

        private void record(String what, DelegateExecution execution) {
            calls.add(what + ":" + execution.getProcessBusinessKey() + "@" + now());
        }
    }
}
