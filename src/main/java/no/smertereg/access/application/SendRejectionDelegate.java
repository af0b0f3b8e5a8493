package no.smertereg.access.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send avslag til søkeren": e-mail with the reason stored in the registry. */
@Component("sendRejectionDelegate")
class SendRejectionDelegate implements JavaDelegate {

    private final ApplicationService applications;

    SendRejectionDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.sendRejection(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
