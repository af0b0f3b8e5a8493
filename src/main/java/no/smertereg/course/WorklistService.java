package no.smertereg.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.course.CourseApi.WorklistRow;
import no.smertereg.course.process.OpenFormTasks;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.FormStatesPage;
import no.smertereg.forms.Registries;
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

    private final Registries registries;
    private final CourseRepository courses;
    private final CourseAccess access;
    private final WorklistQuery query;
    private final OpenFormTasks openTasks;
    private final FormRecordService forms;
    private final PatientService patients;
    private final OrganisationService organisation;
    private final RegistryClock clock;
    private final ObjectProvider<PatientFormOverview> patientForms;
    private final PatientDataEvents audit;

    WorklistService(CourseRepository courses, CourseAccess access, WorklistQuery query, OpenFormTasks openTasks, FormRecordService forms,
            PatientService patients, OrganisationService organisation, RegistryClock clock,
            ObjectProvider<PatientFormOverview> patientForms, PatientDataEvents audit, Registries registries) {
        this.registries = registries;
        this.patientForms = patientForms;
        this.audit = audit;
        this.courses = courses;
        this.access = access;
        this.query = query;
        this.openTasks = openTasks;
        this.forms = forms;
        this.patients = patients;
        this.organisation = organisation;
        this.clock = clock;
    }

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    /** One page of a worklist: its rows in order, and how many active courses the whole list holds. */
    record Page(List<WorklistRow> rows, long total, int page, int size) {
        public long first() {
            return rows.isEmpty() ? 0 : (long) page * size + 1;
        }

        public long last() {
            return (long) page * size + rows.size();
        }

        public boolean hasNext() {
            return last() < total;
        }
    }

    /** Only courses with a clinician form in draft: saved last by the user ("egne uferdige skjema"), or by anyone. */
    enum Unfinished {
        MINE, UNIT;

        static Unfinished parse(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(field, "error.worklist.unfinished");
            }
        }
    }

    Page worklist(RegistryUser user, String unitResh, String sort, String direction, Integer courseType,
            Integer page, Integer size) {
        return worklist(user, unitResh, sort, direction, courseType, null, page, size);
    }

    Page worklist(RegistryUser user, String unitResh, String sort, String direction, Integer courseType,
            Unfinished unfinished, Integer page, Integer size) {
        return worklist(user, unitResh, sort, direction, courseType, unfinished, null, page, size);
    }

    /** With {@code quiet}: only the courses without activity for that long (OPR's data-quality control). */
    Page worklist(RegistryUser user, String unitResh, String sort, String direction, Integer courseType,
            Unfinished unfinished, java.time.Instant quietSince, Integer page, Integer size) {
        Sort by = sort(sort);
        boolean descending = descending(by, direction);
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : size;
        if (pageNumber < 0) {
            throw InvalidInputException.of("page", "error.worklist.page");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "error.worklist.size", MAX_PAGE_SIZE);
        }
        WorklistQuery.Slice slice = query.page(selection(user, unitResh, courseType, unfinished, quietSince), by,
                descending, pageNumber, pageSize);
        return new Page(rows(user, slice.courses()), slice.total(), pageNumber, pageSize);
    }

    /** One course's row as the user's worklist shows it (after a change in place), built for that course only. */
    Optional<WorklistRow> row(RegistryUser user, Long courseId) {
        WorklistQuery.Selection selection = selection(user, null, null, null);
        return courses.findById(courseId).filter(c -> c.getStatus() == CourseStatus.ACTIVE)
                .filter(c -> c.getRegistryId().equals(selection.registryId()))
                .filter(c -> selection.units().contains(c.getUnitResh())
                        || (selection.national() && c.getRegistry() == RegistryScope.NATIONAL))
                .map(c -> rows(user, List.of(c)).get(0));
    }

    private List<WorklistRow> rows(RegistryUser user, List<Course> active) {
        audit.listed("WORKLIST_READ", active.stream()
                .map(c -> new PatientDataAccess.Subject(c.getPid(), c.getId(), c.getUnitResh(), null)).toList());
        List<Long> ids = active.stream().map(Course::getId).toList();
        FormStatesPage page = forms.statesOf(ids);
        Map<Long, List<FormRecord>> formsByCourse = page.forms().stream()
                .collect(Collectors.groupingBy(FormRecord::courseId));
        Map<Long, Set<FormKey>> open = openTasks.of(ids);
        Set<Long> everFinalised = page.everFinalised();
        Map<Long, PersonView> people = patients.byPids(active.stream().map(Course::getPid).toList()).stream()
                .collect(Collectors.toMap(PersonView::pid, Function.identity()));
        Map<Long, Map<String, PatientFormOverview.PatientFormMark>> patientFormMarks = patientForms.stream()
                .findFirst().map(o -> o.of(active.stream().map(CourseDirectory::ref).toList())).orElse(Map.of());
        OrganisationService.Names names = organisation.namesOf(active.stream().map(Course::getUnitResh)
                .collect(Collectors.toSet()));
        List<WorklistRow> rows = new ArrayList<>();
        for (Course c : active) {
            List<FormRecord> courseForms = formsByCourse.getOrDefault(c.getId(), List.of());
            Set<FormKey> openForms = open.getOrDefault(c.getId(), Set.of());
            Map<FormKey, FormStatus> states = new HashMap<>();
            courseForms.forEach(f -> states.put(f.formKey(), FormStates.status(f, openForms.contains(f.formKey()))));
            PersonView person = people.get(c.getPid());
            FormKey endDateForm = registries.of(c.getRegistryId()).endDateForm().orElse(null);
            boolean clerk = access.bookingOnly(user, c);
            String b22Comment = clerk ? null : courseForms.stream().filter(f -> f.formKey().equals(endDateForm))
                    .map(FormRecord::internalComment).filter(s -> s != null).findFirst().orElse(null);
            boolean mayDelete = user.hasRole(c.getUnitResh(), Role.LC) || access.bookingOf(user, c).isPresent();
            boolean canDelete = mayDelete && !everFinalised.contains(c.getId());
            rows.add(new WorklistRow(c.getId(), c.getVersion(), c.getPid(), person.nationalId(),
                    person.familyName() + ", " + person.givenName(), person.icon(clock.today()), c.getConsent(),
                    c.getStartDate(), c.getLocationId(), names.locations().get(c.getLocationId()),
                    c.getDepartmentId(), names.departments().get(c.getDepartmentId()),
                    c.getCourseType() == null ? null : c.getCourseType().code(), c.getRegistry(), states,
                    courseForms.stream().anyMatch(FormRecord::hasComment), b22Comment,
                    canDelete, patientFormMarks.getOrDefault(c.getId(), Map.of()), c.getUnitResh(),
                    names.units().getOrDefault(c.getUnitResh(), c.getUnitResh())));
        }
        return rows;
    }

    private WorklistQuery.Selection selection(RegistryUser user, String unitResh, Integer courseType,
            Unfinished unfinished) {
        return selection(user, unitResh, courseType, unfinished, null);
    }

    private WorklistQuery.Selection selection(RegistryUser user, String unitResh, Integer courseType,
            Unfinished unfinished, java.time.Instant quietSince) {
        Set<String> own = access.worklistUnits(user);
        boolean sc = user.hasRoleAnywhere(Role.SC);
        if (own.isEmpty() && !sc) {
            throw new ForbiddenException("error.forbidden.worklist");
        }
        if (unitResh != null && !own.contains(unitResh) && !sc) {
            throw new ForbiddenException("error.forbidden.unit", unitResh);
        }
        Set<String> units = unitResh == null ? own : (own.contains(unitResh) ? Set.of(unitResh) : Set.of());
        String unfinishedBy = unfinished == null ? null
                : unfinished == Unfinished.MINE ? user.getUsername() : WorklistQuery.ANY_USER;
        return new WorklistQuery.Selection(user.registryId(), units, sc, unitResh, courseType, unfinishedBy,
                quietSince);
    }

    private static Sort sort(String sort) {
        try {
            return sort == null ? Sort.STARTDATE : Sort.valueOf(sort.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("sort", "error.worklist.sort");
        }
    }

    private static boolean descending(Sort by, String direction) {
        if (direction != null && !direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw InvalidInputException.of("direction", "error.worklist.direction");
        }
        return direction == null ? by == Sort.STARTDATE : direction.equalsIgnoreCase("desc");
    }
}
