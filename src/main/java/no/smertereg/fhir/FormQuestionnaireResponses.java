package no.smertereg.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormField;
import no.smertereg.forms.FormItem;

/**
 * A form's answers as a QuestionnaireResponse to its Questionnaire: the items follow the form's groups, only answered
 * inputs appear (a group without an answered input is left out), a code is a coding with the field's label. The
 * answers are as the registry stores them (codes as text, numbers, booleans, dates as ISO text); no person is named.
 */
@Component
public class FormQuestionnaireResponses {

    private final FormQuestionnaires questionnaires;

    public FormQuestionnaireResponses(FormQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    public QuestionnaireResponse of(FormDefinition form, Map<String, ?> answers, boolean completed) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setQuestionnaire(questionnaires.url(form.id()) + (form.valueSetVersion() == null ? ""
                : "|" + form.valueSetVersion()));
        response.setStatus(completed ? QuestionnaireResponseStatus.COMPLETED
                : QuestionnaireResponseStatus.INPROGRESS);
        items(form.id(), form.items(), answers, response.getItem());
        return response;
    }

    private void items(String formId, List<FormItem> items, Map<String, ?> answers,
            List<QuestionnaireResponseItemComponent> into) {
        for (FormItem item : items) {
            if (item.group() != null) {
                QuestionnaireResponseItemComponent group = new QuestionnaireResponseItemComponent()
                        .setLinkId(item.group().id()).setText(item.group().label());
                items(formId, item.group().items(), answers, group.getItem());
                if (!group.getItem().isEmpty()) {
                    into.add(group);
                }
            } else if (item.field() != null && answers.get(item.field().key()) != null) {
                FormField field = item.field();
                into.add(new QuestionnaireResponseItemComponent().setLinkId(field.key()).setText(field.label())
                        .addAnswer(new QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent()
                                .setValue(value(formId, field, answers.get(field.key())))));
            }
        }
    }

    private Type value(String formId, FormField field, Object answer) {
        return switch (field.type()) {
            case "radio", "select" -> {
                String code = answer.toString();
                int index = field.codes().indexOf(code);
                yield new Coding(questionnaires.codeSystem(formId, field.key()), code,
                        index < 0 ? null : field.codeLabels().get(index));
            }
            case "checkbox" -> new BooleanType(Boolean.parseBoolean(answer.toString()));
            case "number" -> field.decimalDigits() == null || field.decimalDigits() == 0
                    ? new IntegerType(new BigDecimal(answer.toString()).intValueExact())
                    : new DecimalType(new BigDecimal(answer.toString()));
            case "datetime" -> new DateType(answer.toString());
            default -> new StringType(answer.toString());
        };
    }
}
