package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Dag 30: fristen er ute, registreres og registerledelsen varsles (reservation and patient-request). */
@Component("recordDeadlinePassedDelegate")
class RecordDeadlinePassedDelegate implements JavaDelegate {

    private final PrivacyCaseNotices notices;

    RecordDeadlinePassedDelegate(PrivacyCaseNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.deadlinePassed(PrivacyCaseNotices.processKey(execution), Long.valueOf(execution.getProcessBusinessKey()));
    }
}
