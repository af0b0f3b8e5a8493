package no.smertereg.forms;

import java.util.Arrays;
import java.util.Optional;

/** The clinician forms of a SmerteReg course, each backed by one file in {@code forms/}. */
public enum FormKey {
    TO("smertereg-to", "TO"),
    B11("smertereg-b11", "B1.1"),
    B12("smertereg-b12", "B1.2"),
    B21("smertereg-b21", "B2.1"),
    B22("smertereg-b22", "B2.2");

    private final String formId;
    private final String label;

    FormKey(String formId, String label) {
        this.formId = formId;
        this.label = label;
    }

    public String formId() {
        return formId;
    }

    public String label() {
        return label;
    }

    public static Optional<FormKey> parse(String text) {
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(text) || k.label.equalsIgnoreCase(text))
                .findFirst();
    }

    public static Optional<FormKey> ofFormId(String formId) {
        return Arrays.stream(values()).filter(k -> k.formId.equals(formId)).findFirst();
    }
}
