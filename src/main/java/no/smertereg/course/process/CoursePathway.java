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
    private final PathwayDeletion deletion;
    private final PathwayNote notes;

    CoursePathway(FormTaskCompleteListener formTasks, TasklistCompletion completion, PathwayDeletion deletion,
            PathwayNote notes) {
        this.notes = notes;
        this.formTasks = formTasks;
        this.completion = completion;
        this.deletion = deletion;
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

    /**
     * {@code ${course.delete(execution, 'reason')}}: the pathway's rule deletes the course (no consent, no relevant
     * diagnosis, moved too far, no-show); the diagram ends after it, with a terminate end event.
     */
    public void delete(DelegateExecution execution, String reason) {
        deletion.deleteByPathway(Long.valueOf(execution.getProcessBusinessKey()), reason, rootOf(execution));
    }

    /**
     * {@code ${course.note(execution, 'Oppfølging sendes ikke: behov for tolk (O2)')}}: the pathway records why it
     * took a branch, shown on the course page (1-500 characters of the diagram's own text).
     */
    public void note(DelegateExecution execution, String text) {
        notes.note(Long.valueOf(execution.getProcessBusinessKey()), text);
    }

    private static String rootOf(DelegateExecution execution) {
        DelegateExecution instance = execution.getProcessInstance();
        while (instance.getSuperExecution() != null) {
            instance = instance.getSuperExecution().getProcessInstance();
        }
        return instance.getId();
    }
}
