package no.smertereg.course;

/**
 * Demo mode only: demo course number {@code index} has all its clinician forms finalised. Published by
 * {@link DemoCourses} while the demo user's session is set, so that a listener acts as that user.
 */
public record DemoCourseFinished(Long courseId, int index) {
}
