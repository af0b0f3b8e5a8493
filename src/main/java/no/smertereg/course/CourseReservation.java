package no.smertereg.course;

import org.springframework.stereotype.Component;

import no.smertereg.forms.Registries;
import no.smertereg.patients.PatientService;

/** R2 for one course: the patient has reserved, and the course's registry is one the reservation right covers. */
@Component
class CourseReservation {

    private final Registries registries;
    private final PatientService patients;

    CourseReservation(Registries registries, PatientService patients) {
        this.registries = registries;
        this.patients = patients;
    }

    boolean reserved(Course course) {
        return registries.of(course.getRegistryId()).hasReservationRight() && patients.isReserved(course.getPid());
    }
}
