package no.smertereg.access.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Opprett bruker og send startpassord": the application id is the business key. */
@Component("createApprovedUserDelegate")
class CreateApprovedUserDelegate implements JavaDelegate {

    private final ApplicationService applications;

    CreateApprovedUserDelegate(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.createApprovedUser(Long.valueOf(execution.getProcessBusinessKey()));
    }
}
