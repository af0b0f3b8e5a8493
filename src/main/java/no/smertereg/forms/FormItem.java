package no.smertereg.forms;

/** One component of a form in its order: either an input or a text block. */
public record FormItem(FormField field, FormText text) {
}
