package no.smertereg.course;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.access.CurrentUser;
import no.smertereg.course.CourseApi.CommentRequest;
import no.smertereg.course.CourseApi.CourseView;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.DeleteCourseRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.FormView;
import no.smertereg.course.CourseApi.MoveDepartmentRequest;
import no.smertereg.course.CourseApi.PatientLookupRequest;
import no.smertereg.course.CourseApi.PatientLookupResponse;
import no.smertereg.course.CourseApi.PersonalDataRequest;
import no.smertereg.course.CourseApi.SetLocationRequest;
import no.smertereg.course.CourseApi.UnlockRequest;
import no.smertereg.course.CourseApi.WorklistRow;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;
import no.smertereg.patients.PersonalData;

@RestController
@RequestMapping("/api")
@Tag(name = "Forløp / courses")
class CourseController {

    private final Registries registries;
    private final CourseService courses;
    private final CourseFormsService forms;
    private final WorklistService worklist;

    CourseController(CourseService courses, CourseFormsService forms, WorklistService worklist,
            Registries registries) {
        this.registries = registries;
        this.courses = courses;
        this.forms = forms;
        this.worklist = worklist;
    }

    @Operation(summary = "Find a patient by fødselsnummer or D-number, in the registry or the population registry,"
            + " with the earlier courses you may see")
    @PostMapping("/patients/lookup")
    PatientLookupResponse lookup(@Valid @RequestBody PatientLookupRequest request) {
        return courses.lookup(request.nationalId());
    }

    @Operation(summary = "Ny registrering: create a course in a department of your unit and start its pathway")
    @PostMapping("/courses")
    ResponseEntity<CourseView> create(@Valid @RequestBody CreateCourseRequest request) {
        CourseView course = courses.register(request);
        return ResponseEntity.created(URI.create("/api/courses/" + course.id())).body(course);
    }

    @Operation(summary = "A course: type, registry, and each form with its state")
    @GetMapping("/courses/{id}")
    CourseView course(@PathVariable Long id) {
        return courses.get(id);
    }

    @Operation(summary = "One form of a course with its answers, state, comment and history")
    @GetMapping("/courses/{id}/forms/{formKey}")
    FormView form(@PathVariable Long id, @Parameter(description = "TO, B11, B12, B21 or B22") @PathVariable String formKey) {
        return forms.get(id, key(formKey));
    }

    @Operation(summary = "Save a draft (also used by autosave); the form stays open")
    @PutMapping("/courses/{id}/forms/{formKey}/draft")
    FormView saveDraft(@PathVariable Long id, @PathVariable String formKey,
            @Valid @RequestBody FormAnswersRequest request) {
        return forms.saveDraft(id, key(formKey), request);
    }

    @Operation(summary = "Finalise: checked against the form definition, stored, locked; the pathway moves on")
    @PostMapping("/courses/{id}/forms/{formKey}/finalise")
    FormView finalise(@PathVariable Long id, @PathVariable String formKey,
            @Valid @RequestBody FormAnswersRequest request) {
        return forms.finalise(id, key(formKey), request);
    }

    @Operation(summary = "Unlock a finalised form for correction (LC or SC), with a reason")
    @PostMapping("/courses/{id}/forms/{formKey}/unlock")
    FormView unlock(@PathVariable Long id, @PathVariable String formKey, @Valid @RequestBody UnlockRequest request) {
        return forms.unlock(id, key(formKey), request);
    }

    @Operation(summary = "Set the form's internal comment (never exported)")
    @PutMapping("/courses/{id}/forms/{formKey}/comment")
    FormView comment(@PathVariable Long id, @PathVariable String formKey,
            @Valid @RequestBody CommentRequest request) {
        return forms.comment(id, key(formKey), request);
    }

    @Operation(summary = "PO: the patient's personal data (population registry) and contact details")
    @GetMapping("/courses/{id}/personal-data")
    PersonalData personalData(@PathVariable Long id) {
        return courses.personalData(id);
    }

    @Operation(summary = "PO: save contact details (phone, e-mail, notice channel); without phone and e-mail the "
            + "answer is 400 on acceptMissingContact until the user accepts (Godta)")
    @PutMapping("/courses/{id}/personal-data")
    PersonalData savePersonalData(@PathVariable Long id, @Valid @RequestBody PersonalDataRequest request) {
        return courses.savePersonalData(id, request);
    }

    @Operation(summary = "Move the patient to another department of the same unit")
    @PutMapping("/courses/{id}/department")
    CourseView moveDepartment(@PathVariable Long id, @Valid @RequestBody MoveDepartmentRequest request) {
        return courses.moveDepartment(id, request);
    }

    @Operation(summary = "Set the course's location (Lokasjon): an active location of the course's unit "
            + "(GET /api/units/{reshId} lists them)")
    @PutMapping("/courses/{id}/location")
    CourseView setLocation(@PathVariable Long id, @Valid @RequestBody SetLocationRequest request) {
        return courses.setLocation(id, request);
    }

    @Operation(summary = "Delete a course (LC, only while no form is finalised); it is kept as deleted")
    @PostMapping("/courses/{id}/deletion")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable Long id, @Valid @RequestBody DeleteCourseRequest request) {
        courses.delete(id, request);
    }

    @Operation(summary = "Arbeidsliste: one page of the active courses with form states; sort by consent, startDate "
            + "or department; page from 0, size 1-500 (default 50); unfinished=mine (a form in draft saved last by "
            + "the user: egne uferdige skjema) or unit (by anyone); X-Total-Count holds the number of courses listed")
    @GetMapping("/worklist")
    ResponseEntity<List<WorklistRow>> worklist(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String unfinished) {
        WorklistService.Page shown = worklist.worklist(CurrentUser.get(), unit, sort, direction, null,
                WorklistService.Unfinished.parse("unfinished", unfinished), page, size);
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(shown.total())).body(shown.rows());
    }

    private FormKey key(String formKey) {
        return registries.requireForm(formKey);
    }
}
