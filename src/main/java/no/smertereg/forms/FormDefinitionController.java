package no.smertereg.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;

@RestController
@Tag(name = "Skjemadefinisjoner / form definitions")
class FormDefinitionController {

    /** The preview page's parameter for a platform variable ({@link FormVariables}): {@code variable.<name>}. */
    static final String VARIABLE = "variable.";

    private final FormCatalogue catalogue;
    private final FormVisibility visibility;

    FormDefinitionController(FormCatalogue catalogue, FormVisibility visibility) {
        this.catalogue = catalogue;
        this.visibility = visibility;
    }

    @Operation(summary = "The Camunda Forms JSON of a form (the file in forms/), e.g. smertereg-b12")
    @GetMapping(path = "/api/form-definitions/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    String definition(@PathVariable String formId) {
        return catalogue.find(formId).map(FormDefinition::json)
                .orElseThrow(() -> new NotFoundException("error.formDefinition.notFound", formId));
    }

    /**
     * The preview page's conditions (issue 18): the components its answers and chosen variables hide, as the server
     * evaluates them. A variable left out is what a course registered now gets; one with a value it cannot take is
     * 400 naming it, as is an answer that is no answer of its field. Nothing is saved.
     */
    @Hidden
    @PostMapping(path = "/skjemaer/{formId}/synlighet", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Set<String>> previewHidden(@PathVariable String formId, @RequestParam Map<String, String> params) {
        FormDefinition form = catalogue.find(formId)
                .orElseThrow(() -> new NotFoundException("error.formDefinition.notFound", formId));
        Map<String, Object> chosen = new HashMap<>(visibility.newCourseVariables(form));
        for (Map.Entry<String, List<String>> variable : visibility.variableValues().entrySet()) {
            String value = params.get(VARIABLE + variable.getKey());
            if (value != null && !variable.getValue().contains(value)) {
                throw InvalidInputException.of(VARIABLE + variable.getKey(), "error.formPreview.variable",
                        String.join(", ", variable.getValue()));
            }
            if (value != null) {
                chosen.put(variable.getKey(), value);
            }
        }
        return Map.of("hidden", visibility.preview(form, form.answersFrom(params), chosen));
    }
}
