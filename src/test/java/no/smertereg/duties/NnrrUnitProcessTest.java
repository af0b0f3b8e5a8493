package no.smertereg.duties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static no.smertereg.engine.EngineTestClock.fireDueJobsAt;
import static no.smertereg.engine.EngineTestClock.oslo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
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

import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RegistryRefusal;
import no.smertereg.engine.RoutingVariables;
import no.smertereg.shared.RegistryClock;

/**
 * NNRR's unit duties (seeds/004, N5) with a controlled clock: a monthly tidying task when unfinished forms have gone a
 * month without a save, a monthly coverage count completed only through the registry, and the quarterly unit report.
 */
@Deployment(resources = {"processes/nnrr-unit.bpmn", "forms/unit-stale-drafts.form", "forms/unit-coverage.form"})
class NnrrUnitProcessTest {

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
    void everyMonth_staleUnfinishedFormsGiveTheRegistryResponsibleATidyingTask_noneGiveNoTask() {
        ProcessInstance unit = start("2027-01-10T09:00");
        assertThat(unit).isWaitingAt("Timer_StaleMonth", "Timer_CoverageMonth", "Timer_Quarter");

        fireDueJobsAt("2027-02-10T09:00");
        assertThat(duties.staleCounts).containsExactly("nnrr/100320 P1M");
        assertThat(unit).hasPassed("Gateway_AnyStale").isWaitingAt("Timer_StaleMonth");
        assertThat(tidying(unit)).isNull();

        duties.stale = 3;
        fireDueJobsAt("2027-03-10T09:00");
        Task task = tidying(unit);
        assertThat(task.getName()).isEqualTo("Rydd uferdige skjema (3)");
        assertThat(task.getTenantId()).isEqualTo("nnrr100320");
        assertThat(taskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("LC").count()).isOne();

        ClockUtil.setCurrentTime(Date.from(oslo("2027-03-15T12:00")));
        taskService().complete(task.getId());
        assertThat(dueOf(unit, "Timer_StaleMonth")).as("a month after the tidying").isEqualTo(oslo("2027-04-15T12:00"));
    }

    @Test
    void everyMonth_theCoverageCountOfTheMonthBefore_isAskedFor_andOnlyTheRegistryCompletesIt() {
        ProcessInstance unit = start("2027-01-10T09:00");
        fireDueJobsAt("2027-02-10T09:00");
        Task task = coverageTask(unit);
        assertThat(task.getName()).isEqualTo("Registrer antall undersøkte (2027-01)");
        assertThat(taskService().getVariable(task.getId(), Coverage.TASK_MONTH)).isEqualTo("2027-01");

        assertThatThrownBy(() -> taskService().complete(task.getId())).hasRootCauseInstanceOf(RegistryRefusal.class)
                .hasMessageContaining("/api/units/{resh}/coverage/{month}");
        ClockUtil.setCurrentTime(Date.from(oslo("2027-02-12T10:00")));
        RegistryCompletions.run(task.getId(), () -> taskService().complete(task.getId()));

        assertThat(coverageTask(unit)).isNull();
        assertThat(unit).hasPassed("EndEvent_CoverageCounted");
        fireDueJobsAt("2027-03-10T09:00");
        assertThat(coverageTask(unit).getName()).as("a month after the previous task, not after its completion")
                .isEqualTo("Registrer antall undersøkte (2027-02)");
    }

    @Test
    void anOpenCountDoesNotHoldBackTheNextMonth_andAMonthAlreadyCountedIsNotAskedFor() {
        ProcessInstance unit = start("2027-01-10T09:00");
        fireDueJobsAt("2027-02-10T09:00");
        fireDueJobsAt("2027-03-10T09:00");
        assertThat(taskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_Coverage")
                .list()).extracting(Task::getName).containsExactlyInAnyOrder("Registrer antall undersøkte (2027-01)",
                        "Registrer antall undersøkte (2027-02)");

        duties.counted = true;
        fireDueJobsAt("2027-04-10T09:00");
        assertThat(unit).hasPassed("EndEvent_AlreadyCounted");
        assertThat(taskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_Coverage")
                .count()).isEqualTo(2);
    }

    @Test
    void aCountFourteenDaysLate_remindsTheRegistryResponsibleOnce_andTheTaskStaysOpen() {
        ProcessInstance unit = start("2027-01-10T09:00");
        fireDueJobsAt("2027-02-10T09:00");
        fireDueJobsAt("2027-02-24T08:59");
        assertThat(duties.reminders).isEmpty();

        fireDueJobsAt("2027-02-24T09:00");
        assertThat(duties.reminders).containsExactly("P14D@2027-02-24T09:00");
        assertThat(unit).hasPassed("EndEvent_CoverageReminded");
        assertThat(coverageTask(unit)).isNotNull();
        fireDueJobsAt("2027-03-09T09:00");
        assertThat(duties.reminders).hasSize(1);
    }

    @Test
    void everyThreeMonths_theQuarterlyUnitReportIsMade() {
        ProcessInstance unit = start("2027-01-02T08:00");
        fireDueJobsAt("2027-04-01T08:00");
        assertThat(duties.reports).isEmpty();

        fireDueJobsAt("2027-04-02T08:00");
        assertThat(duties.reports).containsExactly("nnrr/100320@2027-04-02T08:00");
        assertThat(unit).isWaitingAt("Timer_Quarter");
        fireDueJobsAt("2027-07-02T08:00");
        assertThat(duties.reports).hasSize(2);
    }

    private static ProcessInstance start(String localTime) {
        ClockUtil.setCurrentTime(Date.from(oslo(localTime)));
        return runtimeService().startProcessInstanceByKey("nnrr-unit", "nnrr100320", Variables.createVariables()
                .putValue(RoutingVariables.REGISTRY, "nnrr").putValue(RoutingVariables.UNIT, "100320"));
    }

    private static Task tidying(ProcessInstance unit) {
        return taskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_StaleDrafts")
                .singleResult();
    }

    private static Task coverageTask(ProcessInstance unit) {
        return taskService().createTaskQuery().processInstanceId(unit.getId()).taskDefinitionKey("UserTask_Coverage")
                .singleResult();
    }

    private static Instant dueOf(ProcessInstance unit, String activityId) {
        return managementService().createJobQuery().processInstanceId(unit.getId()).activityId(activityId)
                .singleResult().getDuedate().toInstant();
    }

    /** Stands in for {@link UnitDuties}: the stale count it is told, the month before the engine's clock. */
    public static final class Duties {

        long stale;
        final List<String> staleCounts = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        final List<String> reminders = new ArrayList<>();
        boolean counted;

        public boolean coverageMissing(DelegateExecution execution) {
            return !counted;
        }

        public void remindCoverage(DelegateExecution execution, String late) {
            reminders.add(late + "@" + LocalDateTime.ofInstant(
                    ClockUtil.getCurrentTime().toInstant(), RegistryClock.ZONE));
        }

        public long staleDrafts(DelegateExecution execution, String age) {
            staleCounts.add(execution.getVariable(RoutingVariables.REGISTRY) + "/"
                    + execution.getVariable(RoutingVariables.UNIT) + " " + age);
            return stale;
        }

        public String previousMonth() {
            return YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(RegistryClock.ZONE)).minusMonths(1)
                    .toString();
        }

        public void coverageCompleted(DelegateTask task) {
            RegistryCompletions.requireRegistryCompletion(task.getId(), "PUT /api/units/{resh}/coverage/{month}");
        }

        public void quarterReport(DelegateExecution execution) {
            reports.add(execution.getVariable(RoutingVariables.REGISTRY) + "/"
                    + execution.getVariable(RoutingVariables.UNIT) + "@" + LocalDateTime.ofInstant(
                            ClockUtil.getCurrentTime().toInstant(), RegistryClock.ZONE));
        }
    }
}
