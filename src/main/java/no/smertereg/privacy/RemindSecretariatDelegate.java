package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Dag 20: minner sekretariatet om fristen (reservation and patient-request). */
@Component("remindSecretariatDelegate")
class RemindSecretariatDelegate implements JavaDelegate {

    private final PrivacyCaseNotices notices;

    RemindSecretariatDelegate(PrivacyCaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.remind(PrivacyCaseNotices.processKey(execution), Long.valueOf(execution.getProcessBusinessKey()));
    }
}
