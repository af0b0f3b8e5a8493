package no.smertereg.access.application;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import no.smertereg.access.AccessProcesses;
import no.smertereg.engine.RegistryRefusal;
import no.smertereg.shared.RegistryException;

/**
 * Complete listener of "Godkjenn søknad": a decision made in Tasklist is stored in the registry (a rejection needs
 * a reason) and the reason is removed from the engine; only {@code approved} stays as a routing variable.
 */
@Component
public class ApplicationDecisionListener implements TaskListener {

    static final String VAR_REASON = "reason";

    private final ApplicationService applications;

    ApplicationDecisionListener(ApplicationService applications) {
        this.applications = applications;
    }

    @Override
    public void notify(DelegateTask task) {
        Object approved = task.getVariable(AccessProcesses.VAR_APPROVED);
        Object reason = task.getVariable(VAR_REASON);
        Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        try {
            applications.recordTasklistDecision(Long.valueOf(task.getExecution().getProcessBusinessKey()),
                    approved instanceof Boolean b ? b : null, reason instanceof String s ? s : null,
                    user == null ? "tasklist" : user.getUserId());
        } catch (RegistryException e) {
            throw new RegistryRefusal("Godkjenn, eller avslå med en begrunnelse. / Approve, or reject "
                    + "with a reason.");
        }
        task.removeVariable(VAR_REASON);
        task.getExecution().removeVariable(VAR_REASON);
    }
}
