package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;

import no.smertereg.forms.Registries;

/**
 * Built-in listener of every clinician-form task (added at parse time, so it also runs when an instance is deleted
 * with its custom listeners skipped): keeps {@link OpenFormTasks} in step with the engine, in the same transaction.
 */
final class OpenFormTaskListener implements TaskListener {

    private final ObjectProvider<OpenFormTasks> openTasks;
    private final ObjectProvider<Registries> registries;

    OpenFormTaskListener(ObjectProvider<OpenFormTasks> openTasks, ObjectProvider<Registries> registries) {
        this.openTasks = openTasks;
        this.registries = registries;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            openTasks.getObject().opened(new FormTask(task.getId(), FormTaskCompleteListener.courseId(task),
                    ClinicianFormTask.formKey(task, registries.getObject()),
                    FormTaskCompleteListener.isCorrection(task), task.getProcessInstanceId()));
        } else {
            openTasks.getObject().closed(task.getId());
        }
    }
}
