package no.smertereg.course;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.process.CourseEngine;
import no.smertereg.course.process.PathwayDeletion;
import no.smertereg.shared.RegistryClock;

/**
 * A course deleted by its diagram's rule (ADR 0016: no consent, no relevant diagnosis, moved more than 30 days,
 * no-show), kept as deleted like an LC's deletion, with the diagram's reason. Unlike an LC's (S11) it may follow a
 * finalised form: the rule is the registry's, written in its diagram. The audit row names the user whose save set
 * the rule off, or {@code system} for a timer.
 */
@Component
@Transactional
class PathwayDeletions implements PathwayDeletion {

    /** Who deleted it, in the course's {@code deleted_by}. */
    static final String BY_PATHWAY = "forløpsdiagram";
    static final int MAX_REASON = 500;

    private final CourseRepository courses;
    private final CourseEngine engine;
    private final RegistryClock clock;
    private final PatientDataEvents audit;

    PathwayDeletions(CourseRepository courses, CourseEngine engine, RegistryClock clock, PatientDataEvents audit) {
        this.courses = courses;
        this.engine = engine;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public void deleteByPathway(Long courseId, String reason, String callingRootInstanceId) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("A diagram deletes a course with a reason of 1 to " + MAX_REASON
                    + " characters");
        }
        Course course = courses.findById(courseId)
                .orElseThrow(() -> new IllegalStateException("No course " + courseId + " to delete"));
        if (course.getStatus() == CourseStatus.DELETED) {
            return;
        }
        engine.deleteCourseExcept(courseId, callingRootInstanceId);
        course.markDeleted(BY_PATHWAY, reason.strip(), clock.now());
        audit.change("COURSE_DELETE", course);
        courses.saveAndFlush(course);
    }
}
