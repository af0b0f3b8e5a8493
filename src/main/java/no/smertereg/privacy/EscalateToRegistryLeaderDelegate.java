package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Dag 28: varsler registerledelsen (reservation and patient-request). */
@Component("escalateToRegistryLeaderDelegate")
class EscalateToRegistryLeaderDelegate implements JavaDelegate {

    private final PrivacyCaseNotices notices;

    EscalateToRegistryLeaderDelegate(PrivacyCaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.escalate(PrivacyCaseNotices.processKey(execution), Long.valueOf(execution.getProcessBusinessKey()));
    }
}
