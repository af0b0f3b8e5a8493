package no.smertereg.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormField;

/**
 * Issue 21 on every file in {@code forms/}: its Questionnaire passes HAPI's validator against the R4 core profiles
 * with no error, comes back through FHIR JSON as the same form (inputs, codes, limits, conditions, rules, groups
 * and texts), and an answered form is a QuestionnaireResponse the validator accepts against it.
 */
class FormQuestionnairesTest {

    private static final FormQuestionnaires QUESTIONNAIRES = new FormQuestionnaires("https://smertereg.test/fhir/r4");
    private static FormCatalogue catalogue;
    private static Map<String, Questionnaire> byUrl;
    private static FhirValidation validation;

    @BeforeAll
    static void load() throws IOException {
        catalogue = new FormCatalogue(new ObjectMapper());
        byUrl = catalogue.ids().stream().map(id -> QUESTIONNAIRES.of(catalogue.find(id).orElseThrow()))
                .collect(Collectors.toMap(Questionnaire::getUrl, Function.identity()));
        validation = new FhirValidation(byUrl);
    }

    @Test
    void everyFormIsAQuestionnaireTheValidatorAccepts() {
        assertThat(byUrl).hasSize(catalogue.ids().size()).hasSizeGreaterThan(10);
        byUrl.values().forEach(q -> assertThat(validation.errors(q)).as(q.getUrl()).isEmpty());
    }

    @Test
    void everyQuestionnaireGivesItsFormBack_throughFhirJson() {
        QuestionnaireForms forms = new QuestionnaireForms(QUESTIONNAIRES);
        for (String id : catalogue.ids()) {
            FormDefinition form = catalogue.find(id).orElseThrow();
            String json = FhirValidation.R4.newJsonParser().encodeResourceToString(QUESTIONNAIRES.of(form));
            Questionnaire parsed = FhirValidation.R4.newJsonParser().parseResource(Questionnaire.class, json);
            assertThat(forms.items(parsed)).as(id).isEqualTo(form.items());
            assertThat(parsed.getVersion()).as(id).isEqualTo(form.valueSetVersion());
        }
    }

    @Test
    void anAnsweredFormIsAResponseTheValidatorAcceptsAgainstItsQuestionnaire() {
        FormQuestionnaireResponses responses = new FormQuestionnaireResponses(QUESTIONNAIRES);
        for (String id : catalogue.ids()) {
            FormDefinition form = catalogue.find(id).orElseThrow();
            QuestionnaireResponse response = responses.of(form, answersTo(form), true);
            assertThat(response.getItem()).as(id).hasSizeGreaterThanOrEqualTo(form.fields().isEmpty() ? 0 : 1);
            assertThat(validation.errors(response)).as(id).isEmpty();
        }
    }

    @Test
    void aCodeTheFormDoesNotHaveIsAnErrorTheValidatorNames() {
        FormDefinition to = catalogue.find("smertereg-to").orElseThrow();
        QuestionnaireResponse response = new FormQuestionnaireResponses(QUESTIONNAIRES).of(to, answersTo(to), true);
        QuestionnaireResponse.QuestionnaireResponseItemComponent tilsett = response.getItem().stream()
                .filter(i -> i.getLinkId().equals("Tilsett")).findFirst().orElseThrow();
        tilsett.getAnswerFirstRep().setValue(new Coding(QUESTIONNAIRES.codeSystem(to.id(), "Tilsett"), "7", null));
        assertThat(validation.errors(response)).anySatisfy(error -> assertThat(error).contains("Tilsett"));
    }

    /** An answer to every input, of its type and within its limits and pattern. */
    private static Map<String, Object> answersTo(FormDefinition form) {
        Map<String, Object> answers = new HashMap<>();
        for (FormField field : form.fields()) {
            Object answer = switch (field.type()) {
                case "radio", "select" -> field.codes().get(0);
                case "checkbox" -> true;
                case "number" -> field.min() != null ? field.min() : field.max() != null ? field.max() : 1;
                case "datetime" -> "2026-01-15";
                default -> text(field);
            };
            if (answer != null) {
                answers.put(field.key(), answer);
            }
        }
        return answers;
    }

    private static String text(FormField field) {
        List<String> candidates = List.of("M54.5", "pasient@example.invalid", "+47 400 00000", "Tekst");
        return candidates.stream().filter(c -> field.pattern() == null || Pattern.matches(field.pattern(), c))
                .findFirst().orElse(null);
    }
}
