package no.smertereg.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.Department;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.course.process.CourseProcess;
import no.smertereg.engine.TaskContextSource;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientService;
import no.smertereg.patients.PersonView;
import no.smertereg.shared.NotFoundException;

/**
 * Whose course a clinician form task (or its correction) is about, for Tasklist: the course page's header (PID,
 * name, unit, start), with the course page's checks and its audit rows (COURSE_READ, PERSONAL_DATA_READ).
 */
@Component
class CourseTaskContext implements TaskContextSource {

    /** The course header as Tasklist shows it; startDate is TO's start date, null until TO is finalised. */
    record CourseContext(String kind, Long courseId, Long pid, String familyName, String givenName, String unitResh,
            String unitName, String departmentName, LocalDate startDate, Instant registeredAt, String coursePage) {
    }

    private final CourseRepository courses;
    private final CourseAccess access;
    private final PatientService patients;
    private final OrganisationService organisation;
    private final PatientDataEvents audit;
    private final Set<String> processKeys;

    CourseTaskContext(CourseRepository courses, CourseAccess access, PatientService patients,
            OrganisationService organisation, PatientDataEvents audit, Registries registries) {
        this.processKeys = Stream.concat(registries.all().stream().map(RegistryDefinitions::courseProcess),
                Stream.of(CourseProcess.CORRECTION)).collect(Collectors.toUnmodifiableSet());
        this.courses = courses;
        this.access = access;
        this.patients = patients;
        this.organisation = organisation;
        this.audit = audit;
    }

    @Override
    public Set<String> processKeys() {
        return processKeys;
    }

    @Override
    @Transactional(readOnly = true)
    public CourseContext describe(String businessKey) {
        Course course = courses.findById(courseId(businessKey))
                .orElseThrow(() -> new NotFoundException("error.course.notFound", businessKey));
        access.requireVisible(course);
        audit.read("COURSE_READ", course);
        audit.read("PERSONAL_DATA_READ", course);
        PersonView person = patients.personalData(course.getPid()).person();
        return new CourseContext("COURSE", course.getId(), course.getPid(), person.familyName(), person.givenName(),
                course.getUnitResh(), organisation.unit(course.getUnitResh()).map(OrgUnit::getName)
                        .orElse(course.getUnitResh()),
                organisation.department(course.getDepartmentId()).map(Department::getName).orElse(""),
                course.getStartDate(), course.getCreatedAt(), "/forlop/" + course.getId());
    }

    private static Long courseId(String businessKey) {
        try {
            return Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            throw new NotFoundException("error.course.notFound", businessKey);
        }
    }
}
