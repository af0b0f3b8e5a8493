package no.smertereg.course;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.shared.NotFoundException;

/** What other modules may know of a course: its registry, patient (PID), unit, type and whether ePROM is allowed. */
@Service
@Transactional(readOnly = true)
public class CourseDirectory {

    /**
     * A course as other modules see it. Course type is null until TO is finalised; epromAllowed: the course is in
     * the national registry, so patient forms may be sent (P2, R1); registryId: the registry it belongs to (ADR 0013).
     */
    public record CourseRef(Long id, Long pid, String unitResh, Integer courseType, boolean epromAllowed,
            String registryId) {

        /** The course type, or null until TO is finalised. */
        public CourseType type() {
            return CourseType.ofCode(courseType);
        }

        /** The course's type is decided and sends patient forms. */
        public boolean includesPatientForms() {
            return type() != null && type().includesPatientForms();
        }
    }

    private final CourseRepository courses;
    private final CourseAccess access;

    CourseDirectory(CourseRepository courses, CourseAccess access) {
        this.courses = courses;
        this.access = access;
    }

    /** For the pathway: no access check. */
    public Optional<CourseRef> find(Long courseId) {
        return courses.findById(courseId).filter(c -> c.getStatus() != CourseStatus.DELETED).map(CourseDirectory::ref);
    }

    /** For the pathway: the patient's courses that are not deleted. */
    public List<CourseRef> ofPatient(Long pid) {
        return courses.findByPidAndStatusNotOrderByCreatedAtDesc(pid, CourseStatus.DELETED).stream()
                .map(CourseDirectory::ref).toList();
    }

    /** For a request: the course if the current user may see it, otherwise 404. */
    /**
     * A course the current user works with at its unit (LU or LC there: not SC, who sees national courses but does
     * not meet their patients): 404 when it is not visible, 403 when visible but not the user's unit's.
     */
    public CourseRef atItsUnit(Long courseId) {
        return checked(courseId, access::requireClinicianOfUnit);
    }

    /**
     * A course whose patients' answers the current user works with (a paper form typed in): 404 when it is not
     * visible, 403 for its clerk, who sees no clinical answer (N2).
     */
    public CourseRef forAnswers(Long courseId) {
        return checked(courseId, access::requireFormWork);
    }

    /** The current user works this course as its clerk (N2): booking only, no clinical answer. */
    public boolean worksAsClerk(Long courseId) {
        return courses.findById(courseId).map(c -> access.bookingOnly(CurrentUser.get(), c)).orElse(false);
    }

    public CourseRef visible(Long courseId) {
        return checked(courseId, access::requireVisible);
    }

    /** The course, or 404; then the check, which refuses with 404 or 403. */
    private CourseRef checked(Long courseId, java.util.function.Consumer<Course> check) {
        Course course = courses.findById(courseId)
                .orElseThrow(() -> new NotFoundException("error.course.notFound", courseId));
        check.accept(course);
        return ref(course);
    }

    static CourseRef ref(Course c) {
        return new CourseRef(c.getId(), c.getPid(), c.getUnitResh(),
                c.getCourseType() == null ? null : c.getCourseType().code(), c.isNational(), c.getRegistryId());
    }
}
