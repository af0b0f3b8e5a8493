package no.smertereg.access;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import no.smertereg.access.application.ApplicationDecisionListener;
import no.smertereg.access.application.ApplicationService;
import no.smertereg.access.application.WorkingDays;
import no.smertereg.access.review.ReviewService;
import no.smertereg.engine.RegistryCompletions;

/**
 * The one bean the access diagrams ({@code user-access-application}, {@code access-review}) call:
 * {@code ${access.…}}. Business key: the application id, or the unit of a review.
 */
@Component("access")
public class AccessPathway {

    private final ApplicationService applications;
    private final ApplicationDecisionListener decisions;
    private final ReviewService reviews;
    private final WorkingDays workingDays;

    public AccessPathway(ApplicationService applications, ApplicationDecisionListener decisions, ReviewService reviews,
            WorkingDays workingDays) {
        this.applications = applications;
        this.decisions = decisions;
        this.reviews = reviews;
        this.workingDays = workingDays;
    }

    /** "Godkjenn søknad" completed: a decision made in Tasklist is stored (a rejection needs a reason). */
    public void applicationDecided(DelegateTask task) {
        decisions.notify(task);
    }

    /** {@code days} working days from now, at the same time of day. */
    public Date workingDaysAfter(int days) {
        return workingDays.fromNow(days);
    }

    public void remindApprovers(DelegateExecution execution) {
        applications.remindApprovers(Long.valueOf(execution.getProcessBusinessKey()));
    }

    public void createApprovedUser(DelegateExecution execution) {
        applications.createApprovedUser(Long.valueOf(execution.getProcessBusinessKey()));
    }

    public void sendRejection(DelegateExecution execution) {
        applications.sendRejection(Long.valueOf(execution.getProcessBusinessKey()));
    }

    /**
     * A review is completed through the registry, which removes the users marked for removal first; completing it in
     * Tasklist or through the engine REST API would confirm nobody's access and is refused.
     */
    public void reviewCompleted(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(), "Gjennomgangen gjøres i registeret: POST "
                + "/api/access/reviews/" + task.getId() + " / The review is done in the registry.");
    }

    public void notifyOverdueReview(DelegateExecution execution) {
        reviews.notifyOverdue(execution.getTenantId(), execution.getId());
    }
}
