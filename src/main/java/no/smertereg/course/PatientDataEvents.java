package no.smertereg.course;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;
import no.smertereg.shared.PatientDataAccess.Subject;
import no.smertereg.shared.PatientDataAccess;

/** Tells the audit log what the course module read or changed, and whose. */
@Component
class PatientDataEvents {

    private final ApplicationEventPublisher events;

    PatientDataEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void read(String action, Course course) {
        events.publishEvent(PatientDataAccess.read(action, course.getPid(), course.getId(), course.getUnitResh(),
                null));
    }

    void read(String action, Course course, FormKey form) {
        events.publishEvent(PatientDataAccess.read(action, course.getPid(), course.getId(), course.getUnitResh(),
                form.code()));
    }

    void change(String action, Course course) {
        events.publishEvent(PatientDataAccess.change(action, course.getPid(), course.getId(), course.getUnitResh(),
                null));
    }

    void change(String action, Course course, FormKey form) {
        events.publishEvent(PatientDataAccess.change(action, course.getPid(), course.getId(),
                course.getUnitResh(), form.code()));
    }

    /** A person looked up by identity number: without a PID when not in the registry yet (never the number). */
    void lookedUp(Long pid, List<Course> history) {
        List<Subject> subjects = history.isEmpty() ? List.of(new Subject(pid, null, null, null))
                : history.stream().map(c -> new Subject(pid, c.getId(), c.getUnitResh(), null)).toList();
        events.publishEvent(PatientDataAccess.readOf("PATIENT_LOOKUP", subjects));
    }

    /** A list of courses seen at once: the worklist, its print view, the patient registrations. */
    void listed(String action, List<Subject> subjects) {
        if (!subjects.isEmpty()) {
            events.publishEvent(PatientDataAccess.readOf(action, subjects));
        }
    }
}
