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

    Map<String, FormField> byKey() {
        return fields.stream().collect(Collectors.toMap(FormField::key, Function.identity()));
    }
}
