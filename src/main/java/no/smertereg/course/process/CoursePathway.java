package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The one bean the course diagrams ({@code smertereg-course}, {@code form-correction}) call: {@code ${course.…}}.
 * Business key: the course id.
 */
@Component("course")
public class CoursePathway {

    private final FormTaskCompleteListener formTasks;
    private final TasklistCompletion completion;

    CoursePathway(FormTaskCompleteListener formTasks, TasklistCompletion completion) {
        this.formTasks = formTasks;
        this.completion = completion;
    }

    /** A form task completed: outside the registry, its answers are checked and stored here first. */
    public void formCompleted(DelegateTask task) {
        formTasks.notify(task);
    }

    /** A course or correction instance ended: the course is complete when nothing of it is open. */
    public void processEnded(DelegateExecution execution) {
        completion.courseProcessEnded(Long.valueOf(execution.getProcessBusinessKey()),
                execution.getProcessInstanceId());
    }
}
