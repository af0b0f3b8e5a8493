package no.smertereg.forms;

/**
 * A saved draft or a finalise changed the value of one of the course's date roles (ADR 0016), published in the
 * saving transaction: the patient forms planned from it are planned again, and a course diagram may react.
 */
public record CourseDateChanged(Long courseId, String registryId, String role) {
}
