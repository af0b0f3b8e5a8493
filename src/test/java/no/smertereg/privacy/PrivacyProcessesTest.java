package no.smertereg.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;

import java.time.LocalDateTime;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.shared.RegistryClock;

/**
 * R3, R4 with a controlled clock: a reservation or patient-rights request is the secretariat's task, due 30 days
 * after receipt; day 20 reminds the secretariat, day 28 tells the registry leadership, day 30 records the passed
 * deadline; the task stays open until the registry completes it, which ends the case.
 */
@Deployment(resources = {"processes/reservation.bpmn", "processes/patient-request.bpmn",
        "forms/privacy-reservation.form", "forms/privacy-request.form"})
class PrivacyProcessesTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Mocks.register("privacy", new RecordingPrivacy(notices));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @ParameterizedTest
    @CsvSource({"reservation, UserTask_RegisterReservation", "patient-request, UserTask_HandleRequest"})
    void theSecretariatsTask_isDueThirtyDaysAfterReceipt(String process, String taskId) {
        ProcessInstance instance = start(process, "2027-03-01", "2027-03-02T09:00");

        assertThat(instance).isWaitingAtExactly(taskId);
        assertThat(task(instance)).hasCandidateGroup(PrivacyProcesses.SECRETARIAT_GROUP);
        assertThat(task(instance).getDueDate()).isEqualTo(oslo("2027-03-31T23:59"));
    }

    @ParameterizedTest
    @CsvSource({"reservation, UserTask_RegisterReservation, EndEvent_ReservationRegistered",
            "patient-request, UserTask_HandleRequest, EndEvent_RequestClosed"})
    void day20Reminds_day28Escalates_day30RecordsTheDeadline_andTheTaskStaysOpenUntilDone(String process,
            String taskId, String end) {
        ProcessInstance instance = start(process, "2027-03-01", "2027-03-01T10:00");

        fireDueJobsAt("2027-03-21T07:59");
        assertThat(notices).isEmpty();
        fireDueJobsAt("2027-03-21T08:00");
        assertThat(notices).containsExactly("reminder:" + process + ":7@2027-03-21T08:00");
        assertThat(instance).hasPassed("ServiceTask_RemindSecretariat", "EndEvent_Reminded").isWaitingAt(taskId);

        fireDueJobsAt("2027-03-29T08:00");
        assertThat(notices).last().isEqualTo("escalation:" + process + ":7@2027-03-29T08:00");
        assertThat(instance).hasPassed("EndEvent_Escalated").isWaitingAt(taskId);

        fireDueJobsAt("2027-03-31T23:58");
        assertThat(notices).hasSize(2);
        fireDueJobsAt("2027-03-31T23:59");
        assertThat(notices).last().isEqualTo("deadline:" + process + ":7@2027-03-31T23:59");
        assertThat(instance).hasPassed("ServiceTask_RecordDeadlinePassed", "EndEvent_DeadlinePassed")
                .isWaitingAt(taskId);

        completeByRegistry(instance);
        assertThat(instance).isEnded().hasPassed(end);
        fireDueJobsAt("2027-06-01T08:00");
        assertThat(notices).hasSize(3);
    }

    @Test
    void aReservationRegisteredInTime_endsWithoutAnyNotice() {
        ProcessInstance instance = start(PrivacyProcesses.RESERVATION, "2027-03-01", "2027-03-01T10:00");
        fireDueJobsAt("2027-03-10T12:00");
        completeByRegistry(instance);

        assertThat(instance).isEnded().hasPassed("EndEvent_ReservationRegistered")
                .hasNotPassed("ServiceTask_RemindSecretariat");
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(notices).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"reservation, 0000-01-01", "patient-request, 2014-12-31"})
    void aCaseReceivedBeforeTheRegistryAccepts_startsNoTimer_soNoDeadlineFiresAtOnce(String process,
            String receivedOn) {
        assertThatThrownBy(() -> start(process, receivedOn, "2027-03-01T10:00"))
                .hasMessageContaining("has no deadlines");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(managementService().createJobQuery().count()).isZero();
        fireDueJobsAt("2027-03-01T10:01");
        assertThat(notices).isEmpty();
    }

    @Test
    void aTaskCompletedOutsideTheRegistry_isRefused() {
        ProcessInstance instance = start(PrivacyProcesses.PATIENT_REQUEST, "2027-03-01", "2027-03-01T10:00");
        String id = task(instance).getId();

        assertThatThrownBy(() -> taskService().complete(id)).hasMessageContaining("/pasientrettigheter");
        assertThat(instance).isWaitingAt(PrivacyProcesses.TASK_HANDLE_REQUEST);
    }

    /** The privacy bean with its deadlines and completion guard, recording the notices instead of sending them. */
    public static final class RecordingPrivacy extends PrivacyPathway {
        private final List<String> notices;

        RecordingPrivacy(List<String> notices) {
            super(new PrivacyDeadlines(), null);
            this.notices = notices;
        }

        @Override
        public void remindSecretariat(DelegateExecution execution) {
            record("reminder", execution);
        }

        @Override
        public void escalateToRegistryLeader(DelegateExecution execution) {
            record("escalation", execution);
        }

        @Override
        public void recordDeadlinePassed(DelegateExecution execution) {
            record("deadline", execution);
        }

        private void record(String what, DelegateExecution execution) {
            notices.add(what + ":" + PrivacyCaseNotices.processKey(execution) + ":"
                    + execution.getProcessBusinessKey() + "@" + LocalDateTime.ofInstant(
                            ClockUtil.getCurrentTime().toInstant(), RegistryClock.ZONE));
        }
    }

    private static ProcessInstance start(String process, String receivedOn, String now) {
        ClockUtil.setCurrentTime(oslo(now));
        return runtimeService().startProcessInstanceByKey(process, "7", Variables.createVariables()
                .putValue(PrivacyProcesses.VAR_RECEIVED_ON, receivedOn));
    }

    private static void completeByRegistry(ProcessInstance instance) {
        String id = task(instance).getId();
        RegistryCompletions.run(id, () -> taskService().complete(id));
    }

    private static Date oslo(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(RegistryClock.ZONE).toInstant());
    }
}
