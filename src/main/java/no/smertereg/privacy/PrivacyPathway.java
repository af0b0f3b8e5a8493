package no.smertereg.privacy;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;

/**
 * The one bean the privacy diagrams ({@code reservation}, {@code patient-request}) call: {@code ${privacy.…}}.
 * Business key: the case id.
 */
@Component("privacy")
public class PrivacyPathway {

    private final PrivacyDeadlines deadlines;
    private final PrivacyCaseNotices notices;

    PrivacyPathway(PrivacyDeadlines deadlines, PrivacyCaseNotices notices) {
        this.deadlines = deadlines;
        this.notices = notices;
    }

    /** {@code period} after the day of receipt, at {@code timeOfDay}: the diagram's deadlines and reminders. */
    public Date at(String receivedOn, String period, String timeOfDay) {
        return deadlines.at(receivedOn, period, timeOfDay);
    }

    /**
     * The secretariat's tasks are completed through the registry's pages, which register the reservation or record
     * the outcome first; a completion from Tasklist or the engine REST API would do neither and is refused.
     */
    public void taskCompleted(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(),
                "Gjøres i registeret: /reservasjoner eller /pasientrettigheter / Done in the registry's pages.");
    }

    public void remindSecretariat(DelegateExecution execution) {
        notices.remind(PrivacyCaseNotices.processKey(execution), caseId(execution));
    }

    public void escalateToRegistryLeader(DelegateExecution execution) {
        notices.escalate(PrivacyCaseNotices.processKey(execution), caseId(execution));
    }

    public void recordDeadlinePassed(DelegateExecution execution) {
        notices.deadlinePassed(PrivacyCaseNotices.processKey(execution), caseId(execution));
    }

    private static Long caseId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
