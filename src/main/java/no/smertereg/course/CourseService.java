package no.smertereg.course;

import java.util.List;
import java.util.Optional;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.Department;
import no.smertereg.access.Location;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.course.CourseApi.CourseSummary;
import no.smertereg.course.CourseApi.CourseView;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.DeleteCourseRequest;
import no.smertereg.course.CourseApi.FormSummary;
import no.smertereg.course.CourseApi.MoveDepartmentRequest;
import no.smertereg.course.CourseApi.PatientLookupResponse;
import no.smertereg.course.CourseApi.PersonalDataRequest;
import no.smertereg.course.CourseApi.SetLocationRequest;
import no.smertereg.course.process.CourseEngine;
import no.smertereg.course.process.FormTask;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.Registries;
import no.smertereg.patients.Patient;
import no.smertereg.patients.PatientService;
import no.smertereg.patients.PersonalData;
import no.smertereg.patients.PersonView;
import no.smertereg.privacy.LegalBases;
import no.smertereg.privacy.Reservations;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;

/** Registers courses, shows them with their forms, moves and deletes them. */
@Service
@Transactional
class CourseService {

    private final CourseRepository courses;
    private final CourseAccess access;
    private final CourseEngine engine;
    private final FormRecordService forms;
    private final PatientService patients;
    private final OrganisationService organisation;
    private final RegistryClock clock;
    private final LegalBases legalBases;
    private final Reservations reservations;
    private final PatientDataEvents audit;
    private final Registries registries;
    private final CreationRouting creationRouting;

    CourseService(CourseRepository courses, CourseAccess access, CourseEngine engine, FormRecordService forms,
            PatientService patients, OrganisationService organisation, RegistryClock clock, LegalBases legalBases,
            Reservations reservations, PatientDataEvents audit, Registries registries,
            CreationRouting creationRouting) {
        this.creationRouting = creationRouting;
        this.registries = registries;
        this.legalBases = legalBases;
        this.reservations = reservations;
        this.courses = courses;
        this.access = access;
        this.engine = engine;
        this.forms = forms;
        this.patients = patients;
        this.organisation = organisation;
        this.clock = clock;
        this.audit = audit;
    }

    PatientLookupResponse lookup(String nationalId) {
        RegistryUser user = access.requirePatientLookup();
        PersonView person = patients.lookup(nationalId);
        List<Course> seen = person.pid() == null ? List.of()
                : courses.findByPidAndStatusNotOrderByCreatedAtDesc(person.pid(), CourseStatus.DELETED).stream()
                        .filter(c -> access.canSee(user, c)).toList();
        audit.lookedUp(person.pid(), seen);
        List<CourseSummary> history = seen.stream().map(this::summary).toList();
        return new PatientLookupResponse(person, person.icon(clock.today()), history);
    }

    /** "Ny registrering": a course in the department's unit, and its pathway started. */
    CourseView register(CreateCourseRequest request) {
        Department department = organisation.department(request.departmentId()).filter(Department::isActive)
                .orElseThrow(() -> InvalidInputException.of("departmentId", "error.department.unknown"));
        RegistryUser user = access.requireRegistration(department.getUnitResh());
        String registryId = user.registryId();
        if (!registries.exists(registryId)) {
            throw new ForbiddenException("error.forbidden.register", department.getUnitResh());
        }
        Location location = location(department.getUnitResh(), request.locationId());
        Patient patient = patients.findOrRegister(request.nationalId());
        Course course = courses.save(new Course(registryId, patient.getPid(), department.getUnitResh(),
                department.getId(), location == null ? null : location.getId(), user.getUsername(), clock.now(),
                clock.today(), legalBases.today(registryId)));
        if (patient.isReserved() && registries.of(registryId).hasReservationRight()) {
            course.moveToLocalRegistry();
        }
        forms.createFor(course.getId(), course.getRegistryId());
        Map<String, Object> start = new java.util.HashMap<>(CourseFormVariables.of(course));
        start.putAll(creationRouting.route(course));
        course.runsIn(engine.startCourse(registries.of(course.getRegistryId()).courseProcess(), course.getId(),
                course.getRegistryId(), course.getUnitResh(), start));
        audit.change("COURSE_REGISTER", course);
        return view(courses.saveAndFlush(course));
    }

    @Transactional(readOnly = true)
    CourseView get(Long id) {
        Course course = find(id);
        access.requireVisible(course);
        audit.read("COURSE_READ", course);
        return view(course);
    }

    CourseView moveDepartment(Long id, MoveDepartmentRequest request) {
        Course course = find(id);
        access.requireCourseWork(course);
        ConflictException.requireVersion(course.getVersion(), request.version());
        Department department = organisation.department(request.departmentId())
                .filter(d -> d.getUnitResh().equals(course.getUnitResh()) && d.isActive())
                .orElseThrow(() -> InvalidInputException.of("departmentId", "error.department.notInUnit"));
        Location location = location(course.getUnitResh(), request.locationId());
        course.moveTo(department.getId(), location == null ? course.getLocationId() : location.getId());
        audit.change("COURSE_MOVE", course);
        return view(courses.saveAndFlush(course));
    }

    /** The course's location (codebook Lokasjon, B1.1 1a): one of its unit's active locations. */
    CourseView setLocation(Long id, SetLocationRequest request) {
        Course course = find(id);
        access.requireCourseWork(course);
        ConflictException.requireVersion(course.getVersion(), request.version());
        if (request.locationId() == null) {
            throw InvalidInputException.of("locationId", "error.field.required");
        }
        Location location = organisation.location(request.locationId())
                .filter(l -> l.getUnitResh().equals(course.getUnitResh()) && l.isActive())
                .orElseThrow(() -> InvalidInputException.of("locationId", "error.location.notInUnit"));
        course.moveTo(course.getDepartmentId(), location.getId());
        audit.change("COURSE_LOCATION", course);
        return view(courses.saveAndFlush(course));
    }

    /** The locations a course of the unit can be given. */
    @Transactional(readOnly = true)
    List<Location> activeLocations(String unitResh) {
        return organisation.locationsOf(unitResh).stream().filter(Location::isActive).toList();
    }

    /** PO of the course's patient: seen and saved by those who may work on the course. */
    @Transactional(readOnly = true)
    PersonalData personalData(Long id) {
        Course course = find(id);
        access.requireCourseWork(course);
        audit.read("PERSONAL_DATA_READ", course);
        return patients.personalData(course.getPid());
    }

    PersonalData savePersonalData(Long id, PersonalDataRequest request) {
        Course course = find(id);
        RegistryUser user = access.requireCourseWork(course);
        audit.change("PERSONAL_DATA_SAVE", course);
        return patients.saveContact(course.getPid(), request.version(), request.answers(),
                request.acceptMissingContact(), user.getUsername());
    }

    /** S11: only an LC, and only while none of the course's forms is finalised. The course is kept as deleted. */
    void delete(Long id, DeleteCourseRequest request) {
        Course course = find(id);
        RegistryUser user = access.requireDelete(course);
        ConflictException.requireVersion(course.getVersion(), request.version());
        if (forms.everFinalised(id)) {
            throw new ConflictException("error.course.hasFinalisedForm");
        }
        engine.deleteCourse(id);
        course.markDeleted(user.getUsername(), request.reason().strip(), clock.now());
        audit.change("COURSE_DELETE", course);
        courses.saveAndFlush(course);
    }

    /**
     * R2: a clinician of the unit reports that the patient reserved orally: the secretariat is mailed the PID only
     * and the reservation process starts, received today. The secretariat registers it.
     */
    void reportOralReservation(Long id) {
        Course course = find(id);
        access.requireClinician(course);
        reservations.reportOral(course.getPid(), course.getId(), course.getUnitResh());
    }

    /** R2: the patient's reservation case waiting for the secretariat, if one is open. */
    @Transactional(readOnly = true)
    Optional<Reservations.OpenCase> openReservation(Long id) {
        return reservations.openCase(find(id).getPid());
    }

    @Transactional(readOnly = true)
    boolean patientReserved(Long id) {
        return patients.isReserved(find(id).getPid());
    }

    /** R2: every course of a reserved patient moves to the local registry; its data stays. */
    void moveToLocalRegistry(Long pid) {
        courses.findByPidAndStatusNotOrderByCreatedAtDesc(pid, CourseStatus.DELETED).forEach(c -> {
            c.moveToLocalRegistry();
            courses.save(c);
            audit.change("COURSE_MOVE_LOCAL", c);
        });
    }

    Course find(Long id) {
        return courses.findById(id).orElseThrow(() -> new NotFoundException("error.course.notFound", id));
    }

    CourseView view(Course course) {
        List<FormTask> open = engine.openFormTasks(course.getId());
        List<FormSummary> summaries = forms.all(course.getId()).stream().map(f -> {
            FormTask task = FormStates.task(open, f.formKey());
            return new FormSummary(f.formKey(), f.formKey().label(), f.formKey().formId(),
                    FormStates.status(f, task), task != null && task.correction(), f.version(), f.hasComment(),
                    f.finalisedAt(), f.finalisedBy());
        }).toList();
        Map<String, String> names = names(course);
        return new CourseView(course.getId(), course.getRegistryId(), course.getPid(), course.getUnitResh(), names.get("unit"),
                course.getDepartmentId(), names.get("department"), course.getLocationId(), names.get("location"),
                course.getStatus(), course.getCourseType() == null ? null : course.getCourseType().code(),
                course.getRegistry(), course.getConsent(), course.getLegalBasis(), course.getReferralDate(),
                course.getStartDate(),
                course.getCreatedAt(), course.getCreatedBy(), course.getProcessInstanceId(), course.getVersion(),
                summaries);
    }

    private CourseSummary summary(Course c) {
        Map<String, String> names = names(c);
        return new CourseSummary(c.getId(), c.getUnitResh(), names.get("unit"), names.get("department"),
                c.getStatus(), c.getCourseType() == null ? null : c.getCourseType().code(), c.getRegistry(),
                c.getStartDate(), c.getCreatedAt());
    }

    private Map<String, String> names(Course course) {
        return Map.of(
                "unit", organisation.unit(course.getUnitResh()).map(u -> u.getName()).orElse(course.getUnitResh()),
                "department", organisation.department(course.getDepartmentId()).map(Department::getName).orElse(""),
                "location", organisation.location(course.getLocationId()).map(Location::getName).orElse(""));
    }

    private Location location(String unitResh, Long locationId) {
        if (locationId == null) {
            return null;
        }
        return organisation.location(locationId).filter(l -> l.getUnitResh().equals(unitResh))
                .orElseThrow(() -> InvalidInputException.of("locationId", "error.location.notInUnit"));
    }

}
