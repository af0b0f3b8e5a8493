package no.smertereg.course.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

import no.smertereg.eprom.DispatchSchedule;
import no.smertereg.eprom.PatientFormSchedule;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.SmerteregForms;
import no.smertereg.shared.RegistryClock;

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

    /**
     * The {@code eprom} bean with the real send schedule on the engine's clock: the course's dates and the answered
     * forms are kept by the test, and each send, reminder and lock is recorded as "send CODE@local time".
     */
    public static class SchedulingPatientForms extends PatientFormsWaiting {
        final Map<String, LocalDate> dates = new HashMap<>();
        final Set<String> answered = new HashSet<>();
        final List<String> calls = new ArrayList<>();
        final PatientFormSchedule schedule = new PatientFormSchedule(new DispatchSchedule(LocalTime.of(21, 0)),
                (courseId, role) -> dates.getOrDefault(role, new RegistryClock().today()),
                SmerteregForms.REGISTRIES, new RegistryClock());

        @Override
        public Date plannedSend(DelegateExecution execution) {
            return schedule.planned(execution);
        }

        @Override
        public boolean tooLate(DelegateExecution execution) {
            return schedule.tooLate(execution);
        }

        @Override
        public Date nextSend(DelegateExecution execution) {
            return schedule.nextSend(execution);
        }

        @Override
        public void send(DelegateExecution execution) {
            record("send", execution);
        }

        @Override
        public void remind(DelegateExecution execution) {
            record("remind", execution);
        }

        @Override
        public void lockUnanswered(DelegateExecution execution) {
            record("lockUnanswered", execution);
        }

        public boolean answered(DelegateExecution execution, String form) {
            return answered.contains(form);
        }

        private void record(String what, DelegateExecution execution) {
            calls.add(what + " " + execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM) + "@"
                    + LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), RegistryClock.ZONE));
        }
    }

    /** As the platform publishes a saved date role: to the course's forms planned from it and to its diagram. */
    static void saveDate(SchedulingPatientForms eprom, ProcessInstance course, String role, String date) {
        eprom.dates.put(role, LocalDate.parse(date));
        runtimeService().createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(course.getBusinessKey())
                .variableValueEquals(PatientFormProcess.VAR_SEND_RELATIVE_TO, role).list()
                .forEach(form -> dateChanged(form.getId(), role));
        dateChanged(course.getId(), role);
    }

    private static void dateChanged(String processInstanceId, String role) {
        runtimeService().createMessageCorrelation(PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED)
                .processInstanceId(processInstanceId).setVariable(PatientFormProcess.VAR_COURSE_DATE_ROLE, role)
                .correlateAll();
    }

    static List<ProcessInstance> patientForms(ProcessInstance course) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(course.getBusinessKey()).list();
    }

    static ProcessInstance patientForm(ProcessInstance course, String code) {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(course.getBusinessKey())
                .variableValueEquals(PatientFormProcess.VAR_PATIENT_FORM, code).singleResult();
    }

    /** When the course's form of this code is planned to go out. */
    static Instant dispatchAt(ProcessInstance course, String code) {
        return managementService().createJobQuery().processInstanceId(patientForm(course, code).getId()).timers()
                .singleResult().getDuedate().toInstant();
    }
}

