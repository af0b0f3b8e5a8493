package no.smertereg.fhir;

import static no.smertereg.fhir.FhirExtensions.HEADING;
import static no.smertereg.fhir.FhirExtensions.HELP;
import static no.smertereg.fhir.FhirExtensions.HELP_SUFFIX;
import static no.smertereg.fhir.FhirExtensions.HIDE;
import static no.smertereg.fhir.FhirExtensions.OUTLINE;
import static no.smertereg.fhir.FhirExtensions.PARAGRAPH;
import static no.smertereg.fhir.FhirExtensions.RULE;

import java.math.BigDecimal;
import java.util.List;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormField;
import no.smertereg.forms.FormGroup;
import no.smertereg.forms.FormItem;
import no.smertereg.forms.FormRule;
import no.smertereg.forms.FormText;

/**
 * A {@code .form} file as a FHIR R4 Questionnaire. Inputs keep their key as {@code linkId}; radio and select are
 * choices whose options are codings of the field's own code system ({@link #codeSystem}), checkbox a boolean, number
 * an integer or (with decimals) a decimal, date a date, textfield a string and textarea a text; groups are groups and
 * text blocks display items. Limits use FHIR's extensions (minValue, maxValue, maxDecimalPlaces, regex, maxLength),
 * a description is a help item, and conditions, rules and headings the registry's extensions ({@link FhirExtensions}).
 */
@Component
public class FormQuestionnaires {

    private final String base;

    public FormQuestionnaires(@Value("${registry.fhir.base:https://registry.invalid/fhir/r4}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The canonical URL of a form's Questionnaire. */
    public String url(String formId) {
        return base + "/Questionnaire/" + formId;
    }

    /** The code system of a coded field's values: the form's codes are its own, not a shared terminology's. */
    public String codeSystem(String formId, String key) {
        return base + "/CodeSystem/" + formId + "." + key;
    }

    String extension(String path) {
        return base + path;
    }

    public Questionnaire of(FormDefinition form) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(form.id());
        questionnaire.setUrl(url(form.id()));
        questionnaire.setVersion(form.valueSetVersion());
        questionnaire.setName(name(form.id()));
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        items(form.id(), form.items(), questionnaire.getItem());
        return questionnaire;
    }

    private void items(String formId, List<FormItem> items, List<QuestionnaireItemComponent> into) {
        for (FormItem item : items) {
            if (item.field() != null) {
                into.add(question(formId, item.field()));
            } else if (item.text() != null) {
                into.add(display(item.text()));
            } else {
                into.add(group(formId, item.group()));
            }
        }
    }

    private QuestionnaireItemComponent group(String formId, FormGroup group) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(group.id())
                .setType(QuestionnaireItemType.GROUP).setText(group.label());
        hide(item, group.hide());
        if (!group.outline()) {
            item.addExtension(extension(OUTLINE), new BooleanType(false));
        }
        items(formId, group.items(), item.getItem());
        return item;
    }

    private QuestionnaireItemComponent display(FormText text) {
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(text.id())
                .setType(QuestionnaireItemType.DISPLAY);
        StringBuilder plain = new StringBuilder(text.heading() == null ? "" : text.heading());
        text.paragraphs().forEach(p -> plain.append(plain.isEmpty() ? "" : "\n\n").append(p));
        item.setText(plain.toString());
        if (text.heading() != null) {
            item.addExtension(extension(HEADING), new StringType(text.heading()));
        }
        text.paragraphs().forEach(p -> item.addExtension(extension(PARAGRAPH), new MarkdownType(p)));
        hide(item, text.hide());
        return item;
    }

    private QuestionnaireItemComponent question(String formId, FormField field) {
        QuestionnaireItemType type = type(field);
        QuestionnaireItemComponent item = new QuestionnaireItemComponent().setLinkId(field.key()).setType(type)
                .setText(field.label()).setRequired(field.required());
        if ("radio".equals(field.type()) || "select".equals(field.type())) {
            control(item, "radio".equals(field.type()) ? FhirExtensions.RADIO : FhirExtensions.DROP_DOWN);
            for (int i = 0; i < field.codes().size(); i++) {
                item.addAnswerOption().setValue(new Coding(codeSystem(formId, field.key()), field.codes().get(i),
                        field.codeLabels().get(i)));
            }
        }
        limit(item, FhirExtensions.MIN_VALUE, field.min(), type);
        limit(item, FhirExtensions.MAX_VALUE, field.max(), type);
        if (field.decimalDigits() != null) {
            item.addExtension(FhirExtensions.MAX_DECIMAL_PLACES, new IntegerType(field.decimalDigits()));
        }
        if (field.maxLength() != null) {
            item.setMaxLength(field.maxLength());
        }
        if (field.pattern() != null) {
            item.addExtension(FhirExtensions.REGEX, new StringType(field.pattern()));
        }
        hide(item, field.hide());
        for (FormRule rule : field.rules()) {
            Extension extension = item.addExtension().setUrl(extension(RULE));
            extension.addExtension("name", new StringType(rule.name()));
            extension.addExtension("expression", new StringType(rule.expression()));
            extension.addExtension("message", new StringType(rule.message()));
            if (rule.messageEn() != null) {
                extension.addExtension("messageEn", new StringType(rule.messageEn()));
            }
        }
        if (field.description() != null) {
            QuestionnaireItemComponent help = item.addItem().setLinkId(field.key() + HELP_SUFFIX)
                    .setType(QuestionnaireItemType.DISPLAY).setText(field.description());
            control(help, HELP);
        }
        return item;
    }

    private static QuestionnaireItemType type(FormField field) {
        return switch (field.type()) {
            case "radio", "select" -> QuestionnaireItemType.CHOICE;
            case "checkbox" -> QuestionnaireItemType.BOOLEAN;
            case "number" -> field.decimalDigits() == null || field.decimalDigits() == 0
                    ? QuestionnaireItemType.INTEGER : QuestionnaireItemType.DECIMAL;
            case "datetime" -> QuestionnaireItemType.DATE;
            case "textarea" -> QuestionnaireItemType.TEXT;
            default -> QuestionnaireItemType.STRING;
        };
    }

    private static void limit(QuestionnaireItemComponent item, String url, BigDecimal value,
            QuestionnaireItemType type) {
        if (value != null) {
            Type typed = type == QuestionnaireItemType.INTEGER ? new IntegerType(value.intValueExact())
                    : new DecimalType(value);
            item.addExtension(url, typed);
        }
    }

    private void hide(Element element, String condition) {
        if (condition != null) {
            element.addExtension(extension(HIDE), new StringType(condition));
        }
    }

    private static void control(QuestionnaireItemComponent item, String code) {
        item.addExtension(FhirExtensions.ITEM_CONTROL, new CodeableConcept(new Coding(
                FhirExtensions.ITEM_CONTROL_SYSTEM, code, null)));
    }

    /** A computable name: "smertereg-b11" becomes "Smertereg_b11". */
    private static String name(String formId) {
        String name = formId.replaceAll("[^A-Za-z0-9_]", "_");
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
