package no.smertereg.forms;

import java.util.List;

/**
 * A group of a form (form-js type "group"): its label, shown as a heading over its components, and its components
 * in order. Hidden with everything in it when {@code hide} (FEEL, without the leading '=') holds. The fields in a
 * group keep their own keys: a group adds no prefix.
 */
public record FormGroup(String id, String label, String hide, boolean outline, List<FormItem> items) {
}
