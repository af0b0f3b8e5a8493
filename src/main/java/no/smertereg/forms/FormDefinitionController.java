package no.smertereg.forms;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.smertereg.shared.NotFoundException;

@RestController
@Tag(name = "Skjemadefinisjoner / form definitions")
class FormDefinitionController {

    private final FormCatalogue catalogue;

    FormDefinitionController(FormCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Operation(summary = "The Camunda Forms JSON of a form (the file in forms/), e.g. smertereg-b12")
    @GetMapping(path = "/api/form-definitions/{formId}", produces = MediaType.APPLICATION_JSON_VALUE)
    String definition(@PathVariable String formId) {
        return catalogue.find(formId).map(FormDefinition::json)
                .orElseThrow(() -> new NotFoundException("error.formDefinition.notFound", formId));
    }
}
