package no.smertereg.forms;

/** One component of a form in its order: an input, a text block or a group of components. */
public record FormItem(FormField field, FormText text, FormGroup group) {

    /** The key of an input, the id of a text block or group: what a page marks the component with. */
    public String component() {
        if (field != null) {
            return field.key();
        }
        return text != null ? text.id() : group.id();
    }

    /** The component's own form-js condition ({@code conditional.hide}, without the leading '='), or null. */
    public String hide() {
        if (field != null) {
            return field.hide();
        }
        return text != null ? text.hide() : group.hide();
    }
}
