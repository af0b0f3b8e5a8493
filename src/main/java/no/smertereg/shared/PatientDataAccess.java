package no.smertereg.shared;

import java.util.List;

/**
 * Published by whoever reads or changes a patient's data, in the transaction of the change. The audit module
 * records it; a change published outside a transaction is refused there, so it cannot go unrecorded.
 */
public record PatientDataAccess(Kind kind, String action, List<Subject> subjects) {

    public enum Kind {
        READ,
        CHANGE
    }

    /** Whose data: the patient's PID, and where known the course, its hospital unit and the form. */
    public record Subject(Long pid, Long courseId, String unitResh, String form) {
    }

    public static PatientDataAccess read(String action, Long pid, Long courseId, String unitResh, String form) {
        return new PatientDataAccess(Kind.READ, action, List.of(new Subject(pid, courseId, unitResh, form)));
    }

    public static PatientDataAccess change(String action, Long pid, Long courseId, String unitResh, String form) {
        return new PatientDataAccess(Kind.CHANGE, action, List.of(new Subject(pid, courseId, unitResh, form)));
    }

    /** A list a user saw (worklist, search result): one subject per patient shown. */
    public static PatientDataAccess readOf(String action, List<Subject> subjects) {
        return new PatientDataAccess(Kind.READ, action, List.copyOf(subjects));
    }
}
