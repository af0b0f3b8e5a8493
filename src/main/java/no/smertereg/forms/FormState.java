package no.smertereg.forms;

/** S8: new (nothing entered), in progress (editable), finalised (locked). */
public enum FormState {
    NEW,
    IN_PROGRESS,
    FINALISED
}
