package no.smertereg.course;

import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import no.smertereg.forms.Registries;

/**
 * The clinician form page's conditions (issue 18): its script sends the answers as they stand (the page's own form
 * fields, CSRF token included) and hides what the answer names. Same access as the page; 400 names a field whose
 * value is no answer of it; nothing is saved.
 */
@RestController
@Hidden
class FormVisibilityController {

    private final CourseFormVisibility visibility;
    private final Registries registries;

    FormVisibilityController(CourseFormVisibility visibility, Registries registries) {
        this.visibility = visibility;
        this.registries = registries;
    }

    @PostMapping(path = "/forlop/{id}/skjema/{formKey}/synlighet", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Set<String>> hidden(@PathVariable Long id, @PathVariable String formKey,
            @RequestParam Map<String, String> answers) {
        return Map.of("hidden", visibility.hidden(id, registries.requireForm(formKey), answers));
    }
}
