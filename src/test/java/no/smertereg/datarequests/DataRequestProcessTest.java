package no.smertereg.datarequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;
import static no.smertereg.engine.EngineTestClock.oslo;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

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

import no.smertereg.engine.RegistryCompletions;

/**
 * Issue 20, a research data request with a controlled clock: the council's task first; a rejection ends the case; an
 * approval waits for the agreement (SC), and the extract is made once it is recorded; without an agreement the
 * approval lapses six months after the decision; a completion from outside the registry is refused.
 */
@Deployment(resources = {"processes/data-request.bpmn", "forms/data-request-task.form"})
class DataRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Mocks.register("dataRequest", new RecordingPathway(steps));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anApprovedRequest_waitsForTheAgreement_andIsExtractedOnceItIsRecorded() {
        ProcessInstance instance = apply("2027-03-01T10:00");
        assertThat(instance).isWaitingAtExactly(DataRequestProcess.TASK_DECISION);
        assertThat(task(instance)).hasCandidateGroup("COUNCIL");

        completeByRegistry(instance, "2027-04-15T14:00", true);
        assertThat(instance).isWaitingAtExactly(DataRequestProcess.TASK_AGREEMENT);
        assertThat(task(instance)).hasCandidateGroup("SC");
        assertThat(steps).isEmpty();

        completeByRegistry(instance, "2027-05-02T09:00", null);
        assertThat(steps).as("made in a job of its own, after the agreement's transaction").isEmpty();
        fireDueJobsAt("2027-05-02T09:00");

        assertThat(steps).containsExactly("extract:12@2027-05-02T09:00");
        assertThat(instance).isEnded().hasPassed("ServiceTask_Extract", "EndEvent_Delivered");
    }

    @Test
    void aRejectedRequest_endsWithoutAnExtract() {
        ProcessInstance instance = apply("2027-03-01T10:00");

        completeByRegistry(instance, "2027-04-15T14:00", false);

        assertThat(instance).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed(DataRequestProcess.TASK_AGREEMENT);
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(steps).isEmpty();
    }

    @Test
    void anApprovalWithoutAnAgreement_lapsesSixMonthsAfterTheDecision() {
        ProcessInstance instance = apply("2027-03-01T10:00");
        completeByRegistry(instance, "2027-04-15T14:00", true);

        fireDueJobsAt("2027-10-15T13:59");
        assertThat(instance).isWaitingAt(DataRequestProcess.TASK_AGREEMENT);
        fireDueJobsAt("2027-10-15T14:00");

        assertThat(steps).containsExactly("lapse:12@2027-10-15T14:00");
        assertThat(instance).isEnded().hasPassed("ServiceTask_Lapse", "EndEvent_Lapsed")
                .hasNotPassed("ServiceTask_Extract");
    }

    @Test
    void aDecisionCompletedInTasklist_isRefused_andTheRequestStillWaitsForTheCouncil() {
        ProcessInstance instance = apply("2027-03-01T10:00");
        String id = task(instance).getId();

        assertThatThrownBy(() -> taskService().complete(id, Map.of(DataRequestProcess.VAR_APPROVED, true)))
                .hasMessageContaining("/utleveringer");
        assertThat(instance).isWaitingAtExactly(DataRequestProcess.TASK_DECISION);
        assertThat(steps).isEmpty();
    }

    /** The diagram's bean with its completion guard, recording the extract and the lapse instead of doing them. */
    static final class RecordingPathway extends DataRequestPathway {
        private final List<String> steps;

        RecordingPathway(List<String> steps) {
            super(null);
            this.steps = steps;
        }

        @Override
        public void extract(DelegateExecution execution) {
            record("extract", execution);
        }

        @Override
        public void lapse(DelegateExecution execution) {
            record("lapse", execution);
        }

        private void record(String what, DelegateExecution execution) {
            steps.add(what + ":" + execution.getProcessBusinessKey() + "@" + java.time.LocalDateTime.ofInstant(
                    ClockUtil.getCurrentTime().toInstant(), no.smertereg.shared.RegistryClock.ZONE));
        }
    }

    private static ProcessInstance apply(String now) {
        ClockUtil.setCurrentTime(Date.from(oslo(now)));
        return runtimeService().startProcessInstanceByKey(DataRequestProcess.KEY, "12", Variables.createVariables()
                .putValue("registryId", "opr").putValue("unitResh", DataRequestProcess.NATIONAL_UNIT));
    }

    private static void completeByRegistry(ProcessInstance instance, String now, Boolean approved) {
        ClockUtil.setCurrentTime(Date.from(oslo(now)));
        String id = task(instance).getId();
        Map<String, Object> variables = approved == null ? Map.of()
                : Map.of(DataRequestProcess.VAR_APPROVED, approved);
        RegistryCompletions.run(id, () -> taskService().complete(id, variables));
    }
}
