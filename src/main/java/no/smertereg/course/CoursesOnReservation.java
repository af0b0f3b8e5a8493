package no.smertereg.course;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.smertereg.patients.PatientReserved;

/** R2: when a patient's reservation is registered, every course of theirs moves to the local registry. */
@Component
class CoursesOnReservation {

    private final CourseService courses;

    CoursesOnReservation(CourseService courses) {
        this.courses = courses;
    }

    @EventListener
    void patientReserved(PatientReserved event) {
        courses.moveToLocalRegistry(event.pid());
    }
}
