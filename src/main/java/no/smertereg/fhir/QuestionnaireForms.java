package no.smertereg.fhir;

import static no.smertereg.fhir.FhirExtensions.HEADING;
import static no.smertereg.fhir.FhirExtensions.HELP_SUFFIX;
import static no.smertereg.fhir.FhirExtensions.HIDE;
import static no.smertereg.fhir.FhirExtensions.OUTLINE;
import static no.smertereg.fhir.FhirExtensions.PARAGRAPH;
import static no.smertereg.fhir.FhirExtensions.RULE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

import no.smertereg.forms.FormField;
import no.smertereg.forms.FormGroup;
import no.smertereg.forms.FormItem;
import no.smertereg.forms.FormRule;
import no.smertereg.forms.FormText;

/**
 * A Questionnaire read back as the form's components, as {@link FormQuestionnaires} wrote it: the round trip a
 * change to either side must keep (every form in {@code forms/} is checked in the tests).
 */
public final class QuestionnaireForms {

    private final FormQuestionnaires questionnaires;

    public QuestionnaireForms(FormQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** The form's components in order, with the inputs of groups inside their groups. */
    public List<FormItem> items(Questionnaire questionnaire) {
        return items(questionnaire.getItem());
    }

    private List<FormItem> items(List<QuestionnaireItemComponent> components) {
        List<FormItem> items = new ArrayList<>();
        for (QuestionnaireItemComponent c : components) {
            if (c.getType() == QuestionnaireItemType.GROUP) {
                BooleanType outline = (BooleanType) value(c, questionnaires.extension(OUTLINE));
                items.add(new FormItem(null, null, new FormGroup(c.getLinkId(), c.getText(), hide(c),
                        outline == null || outline.booleanValue(), items(c.getItem()))));
            } else if (c.getType() == QuestionnaireItemType.DISPLAY) {
                Object heading = value(c, questionnaires.extension(HEADING));
                List<String> paragraphs = c.getExtensionsByUrl(questionnaires.extension(PARAGRAPH)).stream()
                        .map(e -> e.getValue().primitiveValue()).toList();
                items.add(new FormItem(null, new FormText(c.getLinkId(), heading == null ? null
                        : ((PrimitiveType<?>) heading).getValueAsString(), paragraphs,
                        hide(c)), null));
            } else {
                items.add(new FormItem(field(c), null, null));
            }
        }
        return List.copyOf(items);
    }

    private FormField field(QuestionnaireItemComponent c) {
        List<String> codes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        c.getAnswerOption().forEach(option -> {
            Coding coding = option.getValueCoding();
            codes.add(coding.getCode());
            labels.add(coding.getDisplay());
        });
        IntegerType decimals = (IntegerType) value(c, FhirExtensions.MAX_DECIMAL_PLACES);
        Object pattern = value(c, FhirExtensions.REGEX);
        String description = c.getItem().stream().filter(help -> help.getLinkId().equals(c.getLinkId()
                + HELP_SUFFIX)).map(QuestionnaireItemComponent::getText).findFirst().orElse(null);
        return new FormField(c.getLinkId(), formType(c), c.getText(), c.getRequired(),
                decimal(value(c, FhirExtensions.MIN_VALUE)), decimal(value(c, FhirExtensions.MAX_VALUE)),
                decimals == null ? null : decimals.getValue(), c.hasMaxLength() ? c.getMaxLength() : null,
                pattern == null ? null : ((StringType) pattern).getValue(), List.copyOf(codes),
                hide(c), description, List.copyOf(labels), rules(c));
    }

    private static String formType(QuestionnaireItemComponent c) {
        return switch (c.getType()) {
            case CHOICE -> FhirExtensions.RADIO.equals(control(c)) ? "radio" : "select";
            case BOOLEAN -> "checkbox";
            case INTEGER, DECIMAL -> "number";
            case DATE -> "datetime";
            case TEXT -> "textarea";
            default -> "textfield";
        };
    }

    private List<FormRule> rules(QuestionnaireItemComponent c) {
        List<FormRule> rules = new ArrayList<>();
        for (Extension rule : c.getExtensionsByUrl(questionnaires.extension(RULE))) {
            Extension english = rule.getExtensionByUrl("messageEn");
            rules.add(new FormRule(text(rule, "name"), text(rule, "expression"), text(rule, "message"),
                    english == null ? null : english.getValue().primitiveValue()));
        }
        return List.copyOf(rules);
    }

    private static String text(Extension extension, String url) {
        return extension.getExtensionByUrl(url).getValue().primitiveValue();
    }

    private String hide(Element element) {
        Object hide = value(element, questionnaires.extension(HIDE));
        return hide == null ? null : ((StringType) hide).getValue();
    }

    private static String control(QuestionnaireItemComponent c) {
        Object control = value(c, FhirExtensions.ITEM_CONTROL);
        return control == null ? null : ((CodeableConcept) control).getCodingFirstRep().getCode();
    }

    private static Object value(Element element, String url) {
        Extension extension = element.getExtensionByUrl(url);
        return extension == null ? null : extension.getValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof IntegerType integer) {
            return BigDecimal.valueOf(integer.getValue());
        }
        return value instanceof DecimalType decimal ? decimal.getValue() : null;
    }
}
