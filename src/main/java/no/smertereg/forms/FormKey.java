package no.smertereg.forms;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A clinician form of a course: a user task of the course diagram and its {@code .form} file. The code is what the
 * registry stores and the URLs carry ("B11"); the label is what a clinician reads ("B1.1"). Equal by code.
 */
public record FormKey(String code, String formId, String label) {

    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FormKey key && key.code.equals(code);
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
