package no.smertereg.duties;

import java.time.Period;
import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import no.smertereg.course.InactiveCourses;
import no.smertereg.engine.RegistryCompletions;
import no.smertereg.engine.RoutingVariables;
import no.smertereg.shared.RegistryClock;

/** What a registry's unit diagram calls ({@code ${unitDuties.…}}): each a single step of the duties' services. */
@Component("unitDuties")
public class UnitDuties {

    private final StaleDrafts staleDrafts;
    private final Coverage coverage;
    private final RegistryClock clock;
    private final InactiveCourses inactive;

    UnitDuties(StaleDrafts staleDrafts, Coverage coverage, RegistryClock clock, InactiveCourses inactive) {
        this.inactive = inactive;
        this.staleDrafts = staleDrafts;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** The unit's active courses with an unfinished form not saved for {@code age} (an ISO period, P1M). */
    public long staleDrafts(DelegateExecution execution, String age) {
        return staleDrafts.count(registry(execution), unit(execution), Period.parse(age));
    }

    /**
     * The unit's open courses without activity for {@code quiet} (an ISO period, P3M): no form saved, no patient form
     * sent or answered (OPR's data-quality control; the list is the worklist's "Forløp uten aktivitet").
     */
    public long inactiveCourses(DelegateExecution execution, String quiet) {
        return inactive.count(registry(execution), unit(execution), Period.parse(quiet));
    }

    /** The calendar month before today, {@code 2027-01}: the month a coverage task asks for. */
    public String previousMonth() {
        return YearMonth.from(clock.today()).minusMonths(1).toString();
    }

    /**
     * The month before today has no count yet, in a unit where the registry has users to count it: the diagram asks
     * for it (a unit the registry does not work in gets no task nobody would see).
     */
    public boolean coverageMissing(DelegateExecution execution) {
        return coverage.missing(registry(execution), unit(execution), previousMonth());
    }

    /** A coverage task is completed by the registry when the month's count is stored; Tasklist cannot store it. */
    public void coverageCompleted(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(), "Antallet registreres i registeret: PUT "
                + "/api/units/{resh}/coverage/{month} / The count is entered in the registry.");
    }

    /** A month's count is {@code late} (P14D) late: the unit's registry responsible is reminded (link only). */
    public void remindCoverage(DelegateExecution execution, String late) {
        coverage.remind(registry(execution), unit(execution), execution.getProcessInstanceId(), Period.parse(late),
                execution.getId());
    }

    /** The quarterly unit report for the last whole quarter, and the unit's registry responsible told. */
    public void quarterReport(DelegateExecution execution) {
        coverage.makeQuarterReport(registry(execution), unit(execution), execution.getId());
    }

    private static String registry(DelegateExecution execution) {
        return (String) execution.getVariable(RoutingVariables.REGISTRY);
    }

    private static String unit(DelegateExecution execution) {
        return (String) execution.getVariable(RoutingVariables.UNIT);
    }
}
