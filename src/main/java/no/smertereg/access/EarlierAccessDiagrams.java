package no.smertereg.access;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Names the access diagrams deployed before issue 17 call, kept for their running applications and reviews until a
 * system manager moves them to the newest version (/prosessversjoner). Each is the one access bean
 * ({@code applicationDecisionListener} is still a bean of its own).
 */
@Configuration
class EarlierAccessDiagrams {

    @Bean
    JavaDelegate remindApproversDelegate(AccessPathway access) {
        return access::remindApprovers;
    }

    @Bean
    JavaDelegate createApprovedUserDelegate(AccessPathway access) {
        return access::createApprovedUser;
    }

    @Bean
    JavaDelegate sendRejectionDelegate(AccessPathway access) {
        return access::sendRejection;
    }

    @Bean
    TaskListener reviewTaskCompleteListener(AccessPathway access) {
        return access::reviewCompleted;
    }

    @Bean
    JavaDelegate notifyOverdueReviewDelegate(AccessPathway access) {
        return access::notifyOverdueReview;
    }

    /** {@code ${workingDays.after(execution, 5)}}: the reminder timer of an application's approval task. */
    @Bean
    EarlierWorkingDays workingDays(AccessPathway access) {
        return new EarlierWorkingDays(access);
    }

    /** The old timer expression's shape, answered by the one access bean. */
    public record EarlierWorkingDays(AccessPathway access) {
        public Date after(DelegateExecution execution, int days) {
            return access.workingDaysAfter(days);
        }
    }
}
