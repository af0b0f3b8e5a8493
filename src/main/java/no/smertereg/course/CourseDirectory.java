package no.smertereg.course;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may know of a course: its patient (PID) and unit. No access check: callers are the pathway. */
@Service
@Transactional(readOnly = true)
public class CourseDirectory {

    /** A course as other modules see it. */
    public record CourseRef(Long id, Long pid, String unitResh) {
    }

    private final CourseRepository courses;

    CourseDirectory(CourseRepository courses) {
        this.courses = courses;
    }

    public Optional<CourseRef> find(Long courseId) {
        return courses.findById(courseId).filter(c -> c.getStatus() != CourseStatus.DELETED)
                .map(c -> new CourseRef(c.getId(), c.getPid(), c.getUnitResh()));
    }
}
