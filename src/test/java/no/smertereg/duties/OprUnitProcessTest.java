package no.smertereg.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import no.smertereg.engine.RoutingVariables;

/**
 * OPR's data-quality control (seeds/003, "kontrollrutine" for patients closed in the hospital's system but not in the
 * registry) with a controlled clock: a monthly count of open courses without activity for three months, a check task
 * for the daily leader when there are any, and a task left undone for a month ends so the next month's list replaces it.
 */
@Deployment(resources = {"processes/opr-unit.bpmn", "forms/unit-inactive-courses.form"})
class OprUnitProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.Companion
            .builder("process-test.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    private final Duties duties = new Duties();

    @BeforeEach
    void setUp() {
        Mocks.register("unitDuties", duties);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void everyMonth_openCoursesWithoutActivityGiveTheDailyLeaderACheckTask_noneGiveNoTask() {
        ProcessInstance unit = start("2027-01-10T09:00");
        assertThat(unit).isWaitingAt("Timer_Month");

        fireDueJobsAt("2027-02-10T09:00");
        assertThat(duties.counts).containsExactly("opr/4207789 P3M");
        assertThat(unit).hasPassed("Gateway_AnyInactive").isWaitingAt("Timer_Month");
        assertThat(check(unit)).isNull();

        duties.inactive = 4;
        fireDueJobsAt("2027-03-10T09:00");
        Task task = check(unit);
        assertThat(task.getName()).isEqualTo("Kontroller åpne forløp uten aktivitet (4)");
        assertThat(task.getTenantId()).isEqualTo("opr4207789");
        assertThat(taskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("LC").count()).isOne();
        assertThat(unit).isWaitingAt("Timer_Month", "UserTask_CheckInactive");

        taskService().complete(task.getId());
        assertThat(unit).hasPassed("EndEvent_Checked").isWaitingAt("Timer_Month");
    }

    @Test
    void aCheckLeftUndoneForAMonth_ends_andTheNextMonthsListReplacesIt() {
        ProcessInstance unit = start("2027-01-10T09:00");
        duties.inactive = 2;
        fireDueJobsAt("2027-02-10T09:00");
        String first = check(unit).getId();

        fireDueJobsAt("2027-03-10T09:00");

        assertThat(unit).hasPassed("Timer_CheckOverdue", "EndEvent_NotChecked");
        assertThat(taskService().createTaskQuery().processInstanceId(unit.getId()).list()).singleElement()
                .satisfies(task -> assertThat(task.getId()).as("a new task").isNotEqualTo(first));
        assertThat(duties.counts).hasSize(2);
    }

    private static ProcessInstance start(String localTime) {
        ClockUtil.setCurrentTime(java.util.Date.from(no.smertereg.engine.EngineTestClock.oslo(localTime)));
        return runtimeService().startProcessInstanceByKey("opr-unit", "opr4207789", Variables.createVariables()
                .putValue(RoutingVariables.REGISTRY, "opr").putValue(RoutingVariables.UNIT, "4207789"));
    }

    private static Task check(ProcessInstance unit) {
        return taskService().createTaskQuery().processInstanceId(unit.getId())
                .taskDefinitionKey("UserTask_CheckInactive").singleResult();
    }

    /** Stands in for {@link UnitDuties}: the count it is told, and each count asked for. */
    public static final class Duties {

        long inactive;
        final List<String> counts = new ArrayList<>();

        public long inactiveCourses(DelegateExecution execution, String quiet) {
            counts.add(execution.getVariable(RoutingVariables.REGISTRY) + "/"
                    + execution.getVariable(RoutingVariables.UNIT) + " " + quiet);
            return inactive;
        }
    }
}
