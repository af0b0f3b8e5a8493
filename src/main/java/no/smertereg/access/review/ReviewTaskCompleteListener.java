package no.smertereg.access.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import no.smertereg.engine.RegistryCompletions;

/**
 * A review is completed through the registry, which removes the users marked for removal first; completing it in
 * Tasklist or through the engine REST API would confirm nobody's access and is refused.
 */
@Component("reviewTaskCompleteListener")
class ReviewTaskCompleteListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RegistryCompletions.requireRegistryCompletion(task.getId(), "Gjennomgangen gjøres i registeret: POST "
                + "/api/access/reviews/" + task.getId() + " / The review is done in the registry.");
    }
}
