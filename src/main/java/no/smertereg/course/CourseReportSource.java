package no.smertereg.course;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the reports module: the courses (not deleted) of one registry in a unit or in its national registry whose start
 * date (StartdatoTO) lies in a period. No access check here: the caller decides who may see which report.
 */
@Service
@Transactional(readOnly = true)
public class CourseReportSource {

    private static final Set<CourseStatus> NOT_DELETED = Set.of(CourseStatus.ACTIVE, CourseStatus.COMPLETED);

    /** A course as a report sees it (departmentId: its ward, access.Department;
     * locationId: its location, access.Location); the answers come from its forms. */
    public record ReportCourse(Long id, Long pid, String unitResh, Long departmentId, RegistryScope registry,
            Integer courseType, LocalDate startDate, Long locationId) {

        public boolean national() {
            return registry == RegistryScope.NATIONAL;
        }
    }

    private final CourseRepository courses;

    CourseReportSource(CourseRepository courses) {
        this.courses = courses;
    }

    /** Every course of the registry in the unit (its local registry holds them all, national ones included). */
    public List<ReportCourse> ofUnit(String registryId, String unitResh, LocalDate from, LocalDate to) {
        return courses.ofUnitStartedBetween(registryId, unitResh, NOT_DELETED, from, to).stream()
                .map(CourseReportSource::ref).toList();
    }

    /** The courses of the registry's national registry, all units. */
    public List<ReportCourse> national(String registryId, LocalDate from, LocalDate to) {
        return courses.inScopeStartedBetween(registryId, RegistryScope.NATIONAL, NOT_DELETED, from, to).stream()
                .map(CourseReportSource::ref).toList();
    }

    /**
     * The courses among these ids that are not deleted, per registry (its descriptor's id): the reports' read model
     * recomputes the rows of courses that changed.
     */
    public Map<String, List<ReportCourse>> byIds(Collection<Long> ids) {
        return courses.findAllById(ids).stream().filter(c -> NOT_DELETED.contains(c.getStatus()))
                .collect(Collectors.groupingBy(Course::getRegistryId,
                        Collectors.mapping(CourseReportSource::ref, Collectors.toList())));
    }

    /** The units that have courses in the registry's national registry (a national report's hospitals). */
    public List<String> nationalUnits(String registryId) {
        return courses.unitsWithCourses(registryId, RegistryScope.NATIONAL).stream().sorted().toList();
    }

    private static ReportCourse ref(Course c) {
        return new ReportCourse(c.getId(), c.getPid(), c.getUnitResh(), c.getDepartmentId(), c.getRegistry(),
                c.getCourseType() == null ? null : c.getCourseType().code(), c.getStartDate(), c.getLocationId());
    }
}
