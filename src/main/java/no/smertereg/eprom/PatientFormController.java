package no.smertereg.eprom;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.course.CourseDirectory;

@RestController
@Tag(name = "Pasientskjema / patient forms (ePROM)")
class PatientFormController {

    private final CourseDirectory courses;
    private final PatientFormStatuses statuses;

    PatientFormController(CourseDirectory courses, PatientFormStatuses statuses) {
        this.courses = courses;
        this.statuses = statuses;
    }

    @Operation(summary = "Pasientregistreringer: the state of each patient form of a type-3 course, with the "
            + "planned 16:30 send, the send time and the next step (reminder or lock)")
    @GetMapping("/api/courses/{id}/patient-forms")
    List<PatientFormStatus> patientForms(@PathVariable Long id) {
        return statuses.of(courses.visible(id));
    }
}
