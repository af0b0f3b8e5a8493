package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;

/**
 * The secretariat's tasks are completed through the registry's pages, which register the reservation or record the
 * outcome first; a completion from Tasklist or the engine REST API would do neither and is refused.
 */
@Component("privacyTaskCompleteListener")
class PrivacyTaskCompleteListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(),
                "Gjøres i registeret: /reservasjoner eller /pasientrettigheter / Done in the registry's pages.");
    }
}
