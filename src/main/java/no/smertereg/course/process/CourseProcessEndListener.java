package no.smertereg.course.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End listener of the course and correction processes: a course is complete when nothing of it is open. */
@Component("courseProcessEndListener")
class CourseProcessEndListener implements ExecutionListener {

    private final TasklistCompletion completion;

    CourseProcessEndListener(TasklistCompletion completion) {
        this.completion = completion;
    }

    @Override
    public void notify(DelegateExecution execution) {
        completion.courseProcessEnded(Long.valueOf(execution.getProcessBusinessKey()),
                execution.getProcessInstanceId());
    }
}
