package no.smertereg.forms;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A form's answers as its JSON column gives them back (a whole number as an Integer where it fits, a decimal as a
 * Double). Kept in that shape from the moment they are saved, the answers of a written form look unchanged to the
 * next flush of the same transaction, which would otherwise raise the version once more, without reading the form
 * back.
 */
final class StoredAnswers {

    /** As Hibernate's JSON format mapper reads the column: a plain mapper with the modules on the class path. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private StoredAnswers() {
    }

    static Map<String, Object> of(Map<String, Object> answers) {
        try {
            return JSON.readValue(JSON.writeValueAsBytes(answers), MAP);
        } catch (IOException e) {
            throw new IllegalArgumentException("answers that cannot be stored as JSON", e);
        }
    }
}
