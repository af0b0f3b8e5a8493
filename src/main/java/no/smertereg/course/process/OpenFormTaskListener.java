package no.smertereg.course.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;

import no.smertereg.forms.Registries;

/**
 * Built-in listener of every clinician-form task (added at parse time, so it also runs when an instance is deleted
 * with its custom listeners skipped): keeps {@link OpenFormTasks} in step with the engine, in the same transaction.
 */
final class OpenFormTaskListener implements TaskListener {

    private final Supplier<OpenFormTasks> openTasks;
    private final Supplier<Registries> registries;

    OpenFormTaskListener(ObjectProvider<OpenFormTasks> openTasks, ObjectProvider<Registries> registries) {
        this.openTasks = SingletonSupplier.of(openTasks::getObject);
        this.registries = SingletonSupplier.of(registries::getObject);
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            openTasks.get().opened(new FormTask(task.getId(), FormTaskCompleteListener.courseId(task),
                    ClinicianFormTask.formKey(task, registries.get()),
                    FormTaskCompleteListener.isCorrection(task), task.getProcessInstanceId()));
        } else {
            openTasks.get().closed(task.getId());
        }
    }
}
