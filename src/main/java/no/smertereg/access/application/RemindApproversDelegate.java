package no.smertereg.access.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Påminn godkjennerne": e-mail with the application id and a link only. */
@Component("remindApproversDelegate")
class RemindApproversDelegate implements JavaDelegate {

    private final ApplicationService applications;

    RemindApproversDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.remindApprovers(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
