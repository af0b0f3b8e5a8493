package no.smertereg.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.Department;
import no.smertereg.access.Location;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.course.CourseApi.WorklistRow;
import no.smertereg.course.process.CourseEngine;
import no.smertereg.course.process.FormTask;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.patients.PatientService;
import no.smertereg.patients.PersonView;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/** S12: the active courses of a unit with their forms' states, sortable by consent, start date and department. */
@Service
@Transactional(readOnly = true)
class WorklistService {

    enum Sort { CONSENT, STARTDATE, DEPARTMENT }

    private final CourseRepository courses;
    private final CourseAccess access;
    private final CourseEngine engine;
    private final FormRecordService forms;
    private final PatientService patients;
    private final OrganisationService organisation;
    private final RegistryClock clock;
    private final ObjectProvider<PatientFormOverview> patientForms;
    private final PatientDataEvents audit;

    WorklistService(CourseRepository courses, CourseAccess access, CourseEngine engine, FormRecordService forms,
            PatientService patients, OrganisationService organisation, RegistryClock clock,
            ObjectProvider<PatientFormOverview> patientForms, PatientDataEvents audit) {
        this.patientForms = patientForms;
        this.audit = audit;
        this.courses = courses;
        this.access = access;
        this.engine = engine;
        this.forms = forms;
        this.patients = patients;
        this.organisation = organisation;
        this.clock = clock;
    }

    List<WorklistRow> worklist(RegistryUser user, String unitResh, String sort, String direction) {
        Comparator<WorklistRow> order = comparator(sort, direction);
        List<WorklistRow> rows = rows(user, activeCourses(user, unitResh));
        rows.sort(order);
        return rows;
    }

    /** One course's row as the user's worklist shows it (after a change in place), built for that course only. */
    Optional<WorklistRow> row(RegistryUser user, Long courseId) {
        List<Course> course = activeCourses(user, null).stream().filter(c -> c.getId().equals(courseId)).toList();
        return rows(user, course).stream().findFirst();
    }

    private List<WorklistRow> rows(RegistryUser user, List<Course> active) {
        audit.listed("WORKLIST_READ", active.stream()
                .map(c -> new PatientDataAccess.Subject(c.getPid(), c.getId(), c.getUnitResh(), null)).toList());
        List<Long> ids = active.stream().map(Course::getId).toList();
        Map<Long, List<FormRecord>> formsByCourse = forms.allOf(ids).stream()
                .collect(Collectors.groupingBy(FormRecord::courseId));
        Map<Long, List<FormTask>> open = engine.openFormTasks(ids);
        Set<Long> everFinalised = forms.everFinalisedAmong(ids);
        Map<Long, PersonView> people = patients.byPids(active.stream().map(Course::getPid).toList()).stream()
                .collect(Collectors.toMap(PersonView::pid, Function.identity()));
        Map<Long, Map<String, PatientFormOverview.PatientFormMark>> patientFormMarks = patientForms.stream()
                .findFirst().map(o -> o.of(active.stream().map(CourseDirectory::ref).toList())).orElse(Map.of());
        Set<String> units = active.stream().map(Course::getUnitResh).collect(Collectors.toSet());
        Map<Long, Department> departments = new java.util.HashMap<>();
        Map<Long, Location> locations = new java.util.HashMap<>();
        units.forEach(u -> {
            organisation.departmentsOf(u).forEach(d -> departments.put(d.getId(), d));
            organisation.locationsOf(u).forEach(l -> locations.put(l.getId(), l));
        });
        List<WorklistRow> rows = new ArrayList<>();
        for (Course c : active) {
            List<FormRecord> courseForms = formsByCourse.getOrDefault(c.getId(), List.of());
            List<FormTask> tasks = open.getOrDefault(c.getId(), List.of());
            Map<FormKey, FormStatus> states = new EnumMap<>(FormKey.class);
            courseForms.forEach(f -> states.put(f.formKey(), FormStates.status(f, FormStates.task(tasks, f.formKey()))));
            PersonView person = people.get(c.getPid());
            String b22Comment = courseForms.stream().filter(f -> f.formKey() == FormKey.B22)
                    .map(FormRecord::internalComment).filter(s -> s != null).findFirst().orElse(null);
            boolean lc = user.hasRole(c.getUnitResh(), Role.LC);
            boolean canDelete = lc && !everFinalised.contains(c.getId());
            Department department = departments.get(c.getDepartmentId());
            Location location = locations.get(c.getLocationId());
            rows.add(new WorklistRow(c.getId(), c.getVersion(), c.getPid(), person.nationalId(),
                    person.familyName() + ", " + person.givenName(), person.icon(clock.today()), c.getConsent(),
                    c.getStartDate(), c.getLocationId(), location == null ? null : location.getName(),
                    c.getDepartmentId(), department == null ? null : department.getName(),
                    c.getCourseType() == null ? null : c.getCourseType().code(), c.getRegistry(), states,
                    courseForms.stream().anyMatch(FormRecord::hasComment), b22Comment,
                    canDelete, patientFormMarks.getOrDefault(c.getId(), Map.of())));
        }
        return rows;
    }

    private List<Course> activeCourses(RegistryUser user, String unitResh) {
        Set<String> own = access.worklistUnits(user);
        boolean sc = user.hasRoleAnywhere(Role.SC);
        if (own.isEmpty() && !sc) {
            throw new ForbiddenException("error.forbidden.worklist");
        }
        if (unitResh != null && !own.contains(unitResh) && !sc) {
            throw new ForbiddenException("error.forbidden.unit", unitResh);
        }
        Set<String> units = unitResh == null ? own : (own.contains(unitResh) ? Set.of(unitResh) : Set.of());
        Set<Course> result = new HashSet<>(units.isEmpty() ? List.of()
                : courses.findByUnitReshInAndStatus(units, CourseStatus.ACTIVE));
        if (sc) {
            courses.findByRegistryAndStatus(RegistryScope.NATIONAL, CourseStatus.ACTIVE).stream()
                    .filter(c -> unitResh == null || c.getUnitResh().equals(unitResh)).forEach(result::add);
        }
        return List.copyOf(result);
    }

    private static Comparator<WorklistRow> comparator(String sort, String direction) {
        Sort by;
        try {
            by = sort == null ? Sort.STARTDATE : Sort.valueOf(sort.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sort", "error.worklist.sort");
        }
        if (direction != null && !direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw InvalidInputException.of("direction", "error.worklist.direction");
        }
        Comparator<WorklistRow> comparator = switch (by) {
            case CONSENT -> Comparator.comparing((WorklistRow r) -> Boolean.TRUE.equals(r.consent()));
            case STARTDATE -> Comparator.comparing(WorklistRow::startDate,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case DEPARTMENT -> Comparator.comparing((WorklistRow r) -> r.departmentName() == null ? ""
                    : r.departmentName(), String.CASE_INSENSITIVE_ORDER);
        };
        boolean descending = direction == null ? by == Sort.STARTDATE : direction.equalsIgnoreCase("desc");
        comparator = descending ? comparator.reversed() : comparator;
        return comparator.thenComparing(WorklistRow::courseId);
    }
}
