package no.smertereg.course.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the beans the course diagrams call in engine-only process tests: they record what the engine
 * called, so a test sees each completion, each end of a course process and each deletion by a diagram.
 */
final class ProcessTestSupport {

    /**
     * Not named camunda.cfg.xml: the engine REST API looks that name up on the classpath and would serve this
     * in-memory engine instead of the application's in the integration tests.
     */
    static final String ENGINE_CONFIGURATION = "process-test.camunda.cfg.xml";

    final List<String> completedTasks = new ArrayList<>();
    final List<String> endedCourses = new ArrayList<>();
    /** "course id: reason" of each course a diagram deleted. */
    final List<String> deletedCourses = new ArrayList<>();
    /** "course id: text" of each note a diagram recorded. */
    final List<String> notes = new ArrayList<>();

    static ProcessTestSupport register() {
        ProcessTestSupport support = new ProcessTestSupport();
        Mocks.register("course", new RecordingCourse(support));
        Mocks.register("eprom", new PatientFormsWaiting());
        return support;
    }

    static void reset() {
        Mocks.reset();
    }

    /** The course bean, recording each completion and each end of a course process. */
    public static final class RecordingCourse extends CoursePathway {
        private final ProcessTestSupport support;

        RecordingCourse(ProcessTestSupport support) {
            super(null, null, null, null);
            this.support = support;
        }

        @Override
        public void formCompleted(DelegateTask task) {
            support.completedTasks.add(task.getTaskDefinitionKey());
        }

        @Override
        public void processEnded(DelegateExecution execution) {
            support.endedCourses.add(execution.getProcessBusinessKey());
        }

        @Override
        public void delete(DelegateExecution execution, String reason) {
            support.deletedCourses.add(execution.getProcessBusinessKey() + ": " + reason);
        }

        @Override
        public void note(DelegateExecution execution, String text) {
            support.notes.add(execution.getProcessBusinessKey() + ": " + text);
        }
    }

    /**
     * The {@code eprom} bean for course tests: nothing is closed, every patient is reachable, and sends are planned
     * far ahead, so patient forms wait at their dispatch timer unless a test moves them on.
     */
    public static class PatientFormsWaiting {
        public Date plannedSend(DelegateExecution execution) {
            return Date.from(Instant.parse("2030-01-01T15:30:00Z"));
        }

        public boolean tooLate(DelegateExecution execution) {
            return false;
        }

        public Date nextSend(DelegateExecution execution) {
            return plannedSend(execution);
        }

        public boolean isClosed(DelegateExecution execution) {
            return false;
        }

        public boolean patientDead(DelegateExecution execution) {
            return false;
        }

        public boolean withoutContact(DelegateExecution execution) {
            return false;
        }

        public void send(DelegateExecution execution) {
        }

        public void remind(DelegateExecution execution) {
        }

        public void lockUnanswered(DelegateExecution execution) {
        }

        public void closeDeceased(DelegateExecution execution) {
        }
    }
}
