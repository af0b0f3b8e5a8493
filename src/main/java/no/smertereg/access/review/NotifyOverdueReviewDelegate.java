package no.smertereg.access.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Varsle registerledelsen": the unit's review is 14 days overdue; e-mail to SC with the unit and a link. */
@Component("notifyOverdueReviewDelegate")
class NotifyOverdueReviewDelegate implements JavaDelegate {

    private final ReviewService reviews;

    NotifyOverdueReviewDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.notifyOverdue(execution.getProcessBusinessKey(), execution.getId());
    }
}
