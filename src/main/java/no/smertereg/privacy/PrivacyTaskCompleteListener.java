package no.smertereg.privacy;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The secretariat's tasks are completed through the registry's pages, which register the reservation or record the
 * outcome first; a completion from Tasklist or the engine REST API would do neither and is refused.
 */
@Component("privacyTaskCompleteListener")
class PrivacyTaskCompleteListener implements TaskListener {

    private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

    static void completeByRegistry(String taskId, Runnable completion) {
        COMPLETING.set(taskId);
        try {
            completion.run();
        } finally {
            COMPLETING.remove();
        }
    }

    @Override
    public void notify(DelegateTask task) {
        if (!task.getId().equals(COMPLETING.get())) {
            throw new OutsideRegistry();
        }
    }

    /** A refusal the engine passes on unchanged. */
    static final class OutsideRegistry extends RuntimeException {
        OutsideRegistry() {
            super("Gjøres i registeret: /reservasjoner eller /pasientrettigheter / Done in the registry's pages.");
        }
    }
}
