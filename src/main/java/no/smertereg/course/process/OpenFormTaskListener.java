package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;

import no.smertereg.forms.RegistryDefinitions;

/**
 * Built-in listener of every clinician-form task (added at parse time, so it also runs when an instance is deleted
 * with its custom listeners skipped): keeps {@link OpenFormTasks} in step with the engine, in the same transaction.
 */
final class OpenFormTaskListener implements TaskListener {

    private final ObjectProvider<OpenFormTasks> openTasks;
    private final ObjectProvider<RegistryDefinitions> definitions;

    OpenFormTaskListener(ObjectProvider<OpenFormTasks> openTasks, ObjectProvider<RegistryDefinitions> definitions) {
        this.openTasks = openTasks;
        this.definitions = definitions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            openTasks.getObject().opened(new FormTask(task.getId(), FormTaskCompleteListener.courseId(task),
                    ClinicianFormTask.formKey(task, definitions.getObject()),
                    FormTaskCompleteListener.isCorrection(task), task.getProcessInstanceId()));
        } else {
            openTasks.getObject().closed(task.getId());
        }
    }
}
