package no.smertereg.forms;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The form a clerk books a course in and the fields of it the clerk may write (N2); nothing else of it is shown. */
public record BookingFields(FormKey form, Set<String> fields) {

    public BookingFields {
        fields = Set.copyOf(fields);
    }

    /** The answers a clerk may see: the booking fields of {@code answers}. */
    public Map<String, Object> shown(Map<String, Object> answers) {
        return answers.entrySet().stream().filter(e -> fields.contains(e.getKey()) && e.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
