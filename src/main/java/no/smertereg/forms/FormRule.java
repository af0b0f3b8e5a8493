package no.smertereg.forms;

/**
 * A plausibility rule of a field, kept in the {@code .form} file as form-js custom properties of the field:
 * {@code "rule.<name>"} is a FEEL boolean expression (a leading '=' as in form-js expressions, stored here without
 * it), {@code "rule.<name>.message"} the bokmål text shown at the field when it is false, and the optional
 * {@code "rule.<name>.message.en"} the English text.
 */
public record FormRule(String name, String expression, String message, String messageEn) {

    static final String PREFIX = "rule.";
    static final String MESSAGE = ".message";
    static final String ENGLISH = ".en";
}
