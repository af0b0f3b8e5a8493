package no.smertereg.course;

/** A form's state as the worklist shows it: not open for this course (type or TO pending), new, in progress, finalised. */
public enum FormStatus {
    NOT_AVAILABLE,
    NEW,
    IN_PROGRESS,
    FINALISED
}
