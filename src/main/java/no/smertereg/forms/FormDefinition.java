package no.smertereg.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A parsed {@code .form} file: its id, value-set version, inputs in order, inputs and texts in order (for pages
 * rendered on the server), and the JSON as Tasklist gets it.
 */
public record FormDefinition(String id, String valueSetVersion, List<FormField> fields, List<FormItem> items,
        String json) {

    public Optional<FormField> field(String key) {
        return Optional.ofNullable(byKey().get(key));
    }

    /**
     * The answers a page's HTML form submitted for this form's own fields: a checkbox is true or false, empty inputs
     * are left out, anything not in the form is ignored. The validator checks them as it checks the API's.
     */
    public Map<String, Object> answersFrom(Map<String, String> submitted) {
        Map<String, Object> answers = new java.util.HashMap<>();
        for (FormField field : fields) {
            String value = submitted.get(field.key());
            if ("checkbox".equals(field.type())) {
                answers.put(field.key(), value != null);
            } else if (value != null && !value.isBlank()) {
                answers.put(field.key(), value.strip());
            }
        }
        return answers;
    }

    Map<String, FormField> byKey() {
        return fields.stream().collect(Collectors.toMap(FormField::key, Function.identity()));
    }
}
