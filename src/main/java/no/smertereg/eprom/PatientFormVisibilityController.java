package no.smertereg.eprom;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import no.smertereg.course.CourseDirectory;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormVisibility;
import no.smertereg.shared.NotFoundException;

/**
 * The conditions of the patient form pages (issue 18): the paper entry page (same access as the page, one audit
 * row FORM_CONDITIONS per answered call) and the patient portal (the patient's portal session, as its form page).
 * Each takes the page's answers as they stand and answers the components they hide; 400 names a field whose value
 * is no answer of it; nothing is saved.
 */
@RestController
@Hidden
class PatientFormVisibilityController {

    static final String AUDIT_ACTION = "FORM_CONDITIONS";

    private final CourseDirectory courses;
    private final FormCatalogue catalogue;
    private final FormVisibility visibility;
    private final PatientFormEvents audit;
    private final PatientPortal portal;

    PatientFormVisibilityController(CourseDirectory courses, FormCatalogue catalogue, FormVisibility visibility,
            PatientFormEvents audit, PatientPortal portal) {
        this.courses = courses;
        this.catalogue = catalogue;
        this.visibility = visibility;
        this.audit = audit;
        this.portal = portal;
    }

    @PostMapping(path = "/forlop/{id}/pasientskjema/{form}/papir/synlighet",
            produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Set<String>> paper(@PathVariable Long id, @PathVariable PatientFormType form,
            @RequestParam Map<String, String> answers) {
        CourseDirectory.CourseRef course = courses.forAnswers(id);
        FormDefinition definition = catalogue.find(form.formId())
                .orElseThrow(() -> new NotFoundException("error.form.notFound", form.code()));
        Set<String> hidden = visibility.ofCourse(id, definition, definition.answersFrom(answers));
        audit.read(AUDIT_ACTION, course, form);
        return Map.of("hidden", hidden);
    }

    /** Without a form opened in this session, to the portal's code page, as the form page itself. */
    @PostMapping(path = "/pasient/skjema/synlighet", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Set<String>>> portal(@RequestParam Map<String, String> answers,
            HttpSession session) {
        Long form = (Long) session.getAttribute(PatientPortalController.SESSION_FORM);
        if (form == null) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/pasient")).build();
        }
        return ResponseEntity.ok(Map.of("hidden", portal.hidden(form, answers)));
    }
}
