package no.smertereg.eprom;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A patient form, as the course diagram calls it: its code ("PASREG") and its {@code .form} file. Equal by code.
 * The forms a course has come from {@link PatientFormTypes}.
 */
public record PatientFormType(String code, String formId) {

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PatientFormType type && type.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
