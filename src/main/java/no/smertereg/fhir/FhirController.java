package no.smertereg.fhir;

import java.util.Comparator;
import java.util.Date;

import ca.uhn.fhir.context.FhirContext;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.smertereg.forms.FormCatalogue;

/**
 * The registry's forms as FHIR R4 Questionnaires for a system client (docs/fhir.md): the server's capability
 * statement, every form (searchable by its canonical URL) and one form by id, as {@code application/fhir+json}.
 */
@RestController
@RequestMapping(FhirController.BASE)
class FhirController {

    static final String BASE = "/fhir/r4";
    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");
    private static final FhirContext R4 = FhirContext.forR4Cached();

    private final FormCatalogue catalogue;
    private final FormQuestionnaires questionnaires;

    FhirController(FormCatalogue catalogue, FormQuestionnaires questionnaires) {
        this.catalogue = catalogue;
        this.questionnaires = questionnaires;
    }

    @GetMapping("/metadata")
    ResponseEntity<String> metadata() {
        CapabilityStatement statement = new CapabilityStatement().setStatus(PublicationStatus.ACTIVE)
                .setDate(new Date()).setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("json");
        var questionnaire = statement.addRest().setMode(RestfulCapabilityMode.SERVER).addResource()
                .setType("Questionnaire");
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.READ);
        questionnaire.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
        questionnaire.addSearchParam().setName("url").setType(
                org.hl7.fhir.r4.model.Enumerations.SearchParamType.URI);
        return fhir(statement);
    }

    @GetMapping("/Questionnaire")
    ResponseEntity<String> search(@RequestParam(name = "url", required = false) String url) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        catalogue.ids().stream().sorted(Comparator.naturalOrder())
                .filter(id -> url == null || questionnaires.url(id).equals(url.split("\\|")[0]))
                .map(id -> questionnaires.of(catalogue.find(id).orElseThrow()))
                .forEach(q -> bundle.addEntry().setFullUrl(q.getUrl()).setResource(q));
        bundle.setTotal(bundle.getEntry().size());
        return fhir(bundle);
    }

    @GetMapping("/Questionnaire/{id}")
    ResponseEntity<String> read(@PathVariable String id) {
        return catalogue.find(id).<ResponseEntity<String>>map(form -> fhir(questionnaires.of(form)))
                .orElseGet(() -> {
                    OperationOutcome outcome = new OperationOutcome();
                    outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.NOTFOUND)
                            .setDiagnostics("Questionnaire/" + id + " finnes ikke (is not known)");
                    return ResponseEntity.status(404).contentType(FHIR_JSON)
                            .body(R4.newJsonParser().encodeResourceToString(outcome));
                });
    }

    private static ResponseEntity<String> fhir(IBaseResource resource) {
        return ResponseEntity.ok().contentType(FHIR_JSON).body(R4.newJsonParser().encodeResourceToString(resource));
    }
}
