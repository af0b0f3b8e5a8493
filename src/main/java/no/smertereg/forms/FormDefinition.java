package no.smertereg.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The form with only these inputs, for a role that may see no more of it (the clerk's booking, N2): groups that
     * hold one of them keep it and their texts; everything else is left out.
     */
    public FormDefinition only(Set<String> keys) {
        return new FormDefinition(id, valueSetVersion, fields.stream().filter(f -> keys.contains(f.key())).toList(),
                only(items, keys), json);
    }

    /** The items that are or hold one of the inputs, and the texts of a group that keeps one. */
    private static List<FormItem> only(List<FormItem> items, Set<String> keys) {
        List<FormItem> kept = new ArrayList<>();
        for (FormItem item : items) {
            if (item.field() != null && keys.contains(item.field().key())) {
                kept.add(item);
            } else if (item.group() != null) {
                FormGroup group = item.group();
                List<FormItem> inner = only(group.items(), keys);
                if (!inner.isEmpty()) {
                    List<FormItem> withTexts = new ArrayList<>();
                    for (FormItem member : group.items()) {
                        if (member.text() != null) {
                            withTexts.add(member);
                        }
                        inner.stream().filter(i -> i.component().equals(member.component())).findFirst()
                                .ifPresent(withTexts::add);
                    }
                    kept.add(new FormItem(null, null, new FormGroup(group.id(), group.label(), group.hide(),
                            group.outline(), List.copyOf(withTexts))));
                }
            }
        }
        return List.copyOf(kept);
    }

    Map<String, FormField> byKey() {
        return fields.stream().collect(Collectors.toMap(FormField::key, Function.identity()));
    }
}
