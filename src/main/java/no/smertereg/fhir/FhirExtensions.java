package no.smertereg.fhir;

/** The extension URLs of the Questionnaires: FHIR's own where it has one, the registry's under its base. */
final class FhirExtensions {

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String MAX_DECIMAL_PLACES = "http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces";
    static final String REGEX = "http://hl7.org/fhir/StructureDefinition/regex";
    static final String ITEM_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    static final String ITEM_CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control";

    /** The registry's own, relative to its FHIR base. */
    static final String HIDE = "/StructureDefinition/form-hide";
    static final String RULE = "/StructureDefinition/form-rule";
    static final String OUTLINE = "/StructureDefinition/form-group-outline";
    static final String HEADING = "/StructureDefinition/form-text-heading";
    static final String PARAGRAPH = "/StructureDefinition/form-text-paragraph";

    /** The item controls that keep a form-js type FHIR folds into another (radio and select are both choice). */
    static final String RADIO = "radio-button";
    static final String DROP_DOWN = "drop-down";
    static final String HELP = "help";

    /** A field's description is a help item under it, with this suffix to its key. */
    static final String HELP_SUFFIX = "-help";

    private FhirExtensions() {
    }
}
