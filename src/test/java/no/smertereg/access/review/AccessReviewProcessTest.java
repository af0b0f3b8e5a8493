package no.smertereg.access.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RegistryRefusal;

/**
 * A6 with a controlled clock: every three months the unit's user administrators review the user list, the registry
 * leadership is told once when a review is 14 days late, and a review is completed only through the registry.
 */
@Deployment(resources = "processes/access-review.bpmn")
class AccessReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Mocks.register("access", new RecordingAccess(notices));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void everyThreeMonths_theUnitsUserAdministratorsReview_thenTheNextReviewIsThreeMonthsLater() {
        ProcessInstance reviews = start("100082", "2026-11-23T10:00");
        assertThat(reviews).isWaitingAt("Timer_NextReview");
        assertThat(dueDate(reviews)).isEqualTo(oslo("2027-02-23T10:00"));

        fireDueJobsAt("2027-02-23T10:00");
        assertThat(reviews).isWaitingAt("UserTask_ReviewUsers");
        assertThat(task(reviews)).hasName("Gjennomgå brukerlisten").hasCandidateGroup("USER_ADMIN");
        assertThat(task(reviews).getTenantId()).isEqualTo("100082");

        completeByRegistry(reviews, "2027-03-01T12:00");

        assertThat(reviews).isWaitingAt("Timer_NextReview").hasNotPassed("ServiceTask_NotifyRegistryLeader");
        assertThat(dueDate(reviews)).isEqualTo(oslo("2027-06-01T12:00"));
        fireDueJobsAt("2027-06-01T12:00");
        assertThat(reviews).isWaitingAt("UserTask_ReviewUsers");
        assertThat(notices).isEmpty();
    }

    @Test
    void fourteenDaysWithoutAReview_tellTheRegistryLeadershipOnce_andTheReviewStaysOpen() {
        ProcessInstance reviews = start("100089", "2026-11-23T10:00");
        fireDueJobsAt("2027-02-23T10:00");

        fireDueJobsAt("2027-03-09T09:59");
        assertThat(notices).isEmpty();
        fireDueJobsAt("2027-03-09T10:00");

        assertThat(reviews).isWaitingAt("UserTask_ReviewUsers")
                .hasPassed("ServiceTask_NotifyRegistryLeader", "EndEvent_Escalated");
        assertThat(notices).containsExactly("100089@" + oslo("2027-03-09T10:00"));
        fireDueJobsAt("2027-05-01T10:00");
        assertThat(notices).hasSize(1);

        completeByRegistry(reviews, "2027-05-02T10:00");
        assertThat(reviews).isWaitingAt("Timer_NextReview");
    }

    @Test
    void aReviewCompletedOutsideTheRegistry_isRefused() {
        ProcessInstance reviews = start("100082", "2026-11-23T10:00");
        fireDueJobsAt("2027-02-23T10:00");
        String taskId = task(reviews).getId();

        assertThatThrownBy(() -> taskService().complete(taskId)).hasRootCauseInstanceOf(RegistryRefusal.class)
                .hasMessageContaining("/api/access/reviews/" + taskId);
        assertThat(reviews).isWaitingAt("UserTask_ReviewUsers");
    }

    private static ProcessInstance start(String unitResh, String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        return runtimeService().startProcessInstanceByKey(AccessProcesses.REVIEW, unitResh,
                Variables.createVariables().putValue(AccessProcesses.VAR_UNIT, unitResh));
    }

    private static void completeByRegistry(ProcessInstance reviews, String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        String taskId = task(reviews).getId();
        RegistryCompletions.run(taskId, () -> taskService().complete(taskId));
    }

    private static Instant dueDate(ProcessInstance reviews) {
        return managementService().createJobQuery().processInstanceId(reviews.getId()).timers().singleResult()
                .getDuedate().toInstant();
    }

    /** The access bean with its completion guard, recording the overdue notices instead of sending them. */
    public static final class RecordingAccess extends AccessPathway {
        private final List<String> notices;

        RecordingAccess(List<String> notices) {
            super(null, null, null, null);
            this.notices = notices;
        }

        @Override
        public void notifyOverdueReview(DelegateExecution execution) {
            notices.add(execution.getProcessBusinessKey() + "@" + ClockUtil.getCurrentTime().toInstant());
        }
    }
}
