package no.smertereg.eprom;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.course.CourseDirectory;
import no.smertereg.shared.RegistryClock;

@RestController
@Tag(name = "Pasientskjema / patient forms (ePROM)")
class PatientFormController {

    private final CourseDirectory courses;
    private final PatientFormStatuses statuses;
    private final PatientFormClosures closures;
    private final DispatchPreview preview;
    private final RegistryClock clock;
    private final PaperAndManualDispatch manual;

    PatientFormController(CourseDirectory courses, PatientFormStatuses statuses, PatientFormClosures closures,
            DispatchPreview preview, RegistryClock clock, PaperAndManualDispatch manual) {
        this.courses = courses;
        this.statuses = statuses;
        this.closures = closures;
        this.preview = preview;
        this.clock = clock;
        this.manual = manual;
    }

    @Operation(summary = "P10: enter a paper Pasreg, HADS or Eval (answers checked against the form)")
    @PostMapping("/api/courses/{id}/patient-forms/{form}/paper")
    List<PatientFormStatus> paper(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestBody Map<String, Object> answers) {
        manual.enterPaper(id, form, answers);
        return statuses.of(courses.visible(id));
    }

    @Operation(summary = "P9: send a form by hand: now if it is planned, again with a new code if it was sent")
    @PostMapping("/api/courses/{id}/patient-forms/{form}/dispatch")
    List<PatientFormStatus> dispatch(@PathVariable Long id, @PathVariable PatientFormType form) {
        manual.dispatchNow(id, form);
        return statuses.of(courses.visible(id));
    }

    @Operation(summary = "ADR 0016, ikke send varsel: the patient answers at the clinic; the form is opened for the "
            + "portal without a notice and its one-time code returned, once, to hand the patient (a form already "
            + "open gets a new code); 409 when it is not ordered, or answered, locked or closed")
    @PostMapping("/api/courses/{id}/patient-forms/{form}/at-clinic")
    ClinicOpening atClinic(@PathVariable Long id, @PathVariable PatientFormType form) {
        ClinicCode clinic = manual.atClinic(id, form);
        return new ClinicOpening(clinic.form(), clinic.code(), clinic.portalUrl(), statuses.of(courses.visible(id)));
    }

    /** The code is the patient's key to the form: shown to the user once, never stored in clear. */
    record ClinicOpening(String form, String code, String portalUrl, List<PatientFormStatus> patientForms) {
    }

    @Operation(summary = "P6: stop one form's dispatch (reason 3 critically ill/dead or 4 patient cannot), "
            + "also after it was sent; 409 once it is answered, locked or closed")
    @PostMapping("/api/courses/{id}/patient-forms/{form}/stop")
    List<PatientFormStatus> stop(@PathVariable Long id, @PathVariable PatientFormType form,
            @Valid @RequestBody ClosureRequest request) {
        closures.stop(id, form, request.reason());
        return statuses.of(courses.visible(id));
    }

    @Operation(summary = "P6 for the whole course: stop every pending patient form (planned, sent, reminded, waiting "
            + "for contact details or not yet ordered) with one reason (3 or 4), each as a stop of that form would; "
            + "answered, locked and closed forms stay. All or nothing: 400 for a bad reason, 409 when nothing is "
            + "pending")
    @PostMapping("/api/courses/{id}/patient-forms/stop")
    List<PatientFormStatus> stopAll(@PathVariable Long id, @Valid @RequestBody ClosureRequest request) {
        closures.stopAll(id, request.reason());
        return statuses.of(courses.visible(id));
    }

    @Operation(summary = "The unit's patient forms planned for a day's dispatch (today by default)")
    @GetMapping("/api/units/{reshId}/dispatch-preview")
    List<DispatchPreview.PlannedSend> preview(@PathVariable String reshId,
            @RequestParam(required = false) LocalDate date) {
        return preview.of(reshId, date == null ? clock.today() : date);
    }

    record ClosureRequest(@NotNull Integer reason) {
    }

    @Operation(summary = "Besvar alle og ferdigstill / stopp utsending: close every patient form of the course with a "
            + "reason (1-5, 9; 5 = missing consent), only while none is sent")
    @PostMapping("/api/courses/{id}/patient-forms/closure")
    List<PatientFormStatus> close(@PathVariable Long id, @Valid @RequestBody ClosureRequest request) {
        closures.closeAll(id, request.reason());
        return statuses.of(courses.visible(id));
    }

    @Operation(summary = "Pasientregistreringer: the state of each patient form of a type-3 course, with the "
            + "planned send, the send time and the next step (reminder or lock)")
    @GetMapping("/api/courses/{id}/patient-forms")
    List<PatientFormStatus> patientForms(@PathVariable Long id) {
        return statuses.of(courses.visible(id));
    }
}
