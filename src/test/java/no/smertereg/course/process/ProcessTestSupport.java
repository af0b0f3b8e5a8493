package no.smertereg.course.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the beans the course diagrams call in engine-only process tests: they record what the engine
 * called, so a test sees each completion and each end of a course process.
 */
final class ProcessTestSupport {

    /**
     * Not named camunda.cfg.xml: the engine REST API looks that name up on the classpath and would serve this
     * in-memory engine instead of the application's in the integration tests.
     */
    static final String ENGINE_CONFIGURATION = "process-test.camunda.cfg.xml";

    final List<String> completedTasks = new ArrayList<>();
    final List<String> endedCourses = new ArrayList<>();

    static ProcessTestSupport register() {
        ProcessTestSupport support = new ProcessTestSupport();
        Mocks.register("course", new RecordingCourse(support));
        Mocks.register("patientFormSchedule", new FixedPatientFormSchedule());
        Mocks.register("patientFormClosures", new NothingClosed());
        Mocks.register("patientFormStatuses", new NothingClosed());
        for (String delegate : new String[] {"sendPatientFormDelegate", "remindPatientFormDelegate",
                "lockUnansweredPatientFormDelegate"}) {
            Mocks.register(delegate, (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> { });
        }
        return support;
    }

    static void reset() {
        Mocks.reset();
    }

    /** The course bean, recording each completion and each end of a course process. */
    public static final class RecordingCourse extends CoursePathway {
        private final ProcessTestSupport support;

        RecordingCourse(ProcessTestSupport support) {
            super(null, null);
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
    }

    /** No patient form is closed in the registry before it is ordered. */
    public static final class NothingClosed {
        public boolean isClosed(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return false;
        }

        public boolean patientDead(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return false;
        }

        /** Every patient reached by phone or e-mail. */
        public boolean withoutContact(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return false;
        }
    }

    /** Send times far ahead, so patient forms wait at their dispatch timer unless a test moves them on. */
    public static final class FixedPatientFormSchedule {
        public java.util.Date firstSend(String type) {
            return java.util.Date.from(java.time.Instant.parse("2030-01-01T15:30:00Z"));
        }

        public boolean tooLate(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return false;
        }

        public java.util.Date nextSend(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return firstSend("PASREG");
        }

        public java.util.Date opioidSend(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
            return java.util.Date.from(java.time.Instant.parse("2030-02-01T15:30:00Z"));
        }
    }
}
