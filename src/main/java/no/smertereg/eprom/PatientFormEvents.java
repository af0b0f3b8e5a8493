package no.smertereg.eprom;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CourseDirectory;
import no.smertereg.shared.PatientDataAccess;

/** Tells the audit log what the ePROM module read or changed of a patient's forms. */
@Component
class PatientFormEvents {

    private final ApplicationEventPublisher events;
    private final CourseDirectory courses;

    PatientFormEvents(ApplicationEventPublisher events, CourseDirectory courses) {
        this.events = events;
        this.courses = courses;
    }

    void read(String action, CourseRef course, PatientFormType form) {
        events.publishEvent(PatientDataAccess.read(action, course.pid(), course.id(), course.unitResh(),
                form == null ? null : form.code()));
    }

    void change(String action, CourseRef course, PatientFormType form) {
        events.publishEvent(PatientDataAccess.change(action, course.pid(), course.id(), course.unitResh(),
                form == null ? null : form.code()));
    }

    /** Where only the course id is at hand. */
    void change(String action, Long courseId, PatientFormType form) {
        courses.find(courseId).ifPresent(course -> change(action, course, form));
    }
}
