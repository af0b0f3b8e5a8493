package no.smertereg.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.RegistryUser;
import no.smertereg.course.CourseApi.CommentRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.course.CourseApi.FormView;
import no.smertereg.course.CourseApi.UnlockRequest;
import no.smertereg.course.process.CourseEngine;
import no.smertereg.course.process.CourseProcess;
import no.smertereg.course.process.FormTask;
import no.smertereg.course.process.TasklistCompletion;
import no.smertereg.forms.BookingFields;
import no.smertereg.forms.DraftSaved;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormField;
import no.smertereg.forms.FormKey;
import no.smertereg.forms.FormRecord;
import no.smertereg.forms.FormRecordService;
import no.smertereg.forms.FormState;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.forms.RegistryRouting;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/**
 * The clinician forms of a course on the pathway: a form can be worked on while the pathway has its task open;
 * finalising stores and locks it and completes the task; an unlock starts a correction; a corrected TO that
 * changes the course type re-routes the pathway. Tasklist completions arrive here through the task listener.
 */
@Service
@Transactional
class CourseFormsService implements TasklistCompletion {

    private final CourseService courses;
    private final CourseRepository courseRepository;
    private final CourseAccess access;
    private final CourseEngine engine;
    private final FormRecordService forms;
    private final FormCatalogue catalogue;
    private final ApplicationEventPublisher events;
    private final CourseReservation reservation;
    private final PatientDataEvents audit;
    private final Registries registries;
    private final RegistryRouting routing;
    private final ClerkBooking booking;

    CourseFormsService(CourseService courses, CourseRepository courseRepository, CourseAccess access,
            CourseEngine engine, FormRecordService forms, FormCatalogue catalogue, ApplicationEventPublisher events,
            CourseReservation reservation, PatientDataEvents audit, Registries registries, RegistryRouting routing,
            ClerkBooking booking) {
        this.booking = booking;
        this.registries = registries;
        this.routing = routing;
        this.reservation = reservation;
        this.audit = audit;
        this.courses = courses;
        this.courseRepository = courseRepository;
        this.access = access;
        this.engine = engine;
        this.forms = forms;
        this.catalogue = catalogue;
        this.events = events;
    }

    @Transactional(readOnly = true)
    FormView get(Long courseId, FormKey key) {
        Course course = courses.find(courseId);
        access.requireDraft(course, key);
        audit.read("FORM_READ", course, key);
        return view(course, key);
    }

    FormView saveDraft(Long courseId, FormKey key, FormAnswersRequest request) {
        Course course = courses.find(courseId);
        RegistryUser user = access.requireDraft(course, key);
        List<FormTask> open = engine.openFormTasks(courseId);
        openTask(course, key, open);
        FormRecord saved = forms.saveDraft(courseId, key, request.version(),
                booking.writable(user, course, key, request.answers()), user.getUsername());
        audit.change("FORM_SAVE", course, key);
        return view(course, key, saved, open);
    }

    /** A page's draft: every valid answer saved, the fields whose typed answer was not saved named with why. */
    PageDraft saveDraftKeepingValid(Long courseId, FormKey key, FormAnswersRequest request) {
        Course course = courses.find(courseId);
        RegistryUser user = access.requireDraft(course, key);
        List<FormTask> open = engine.openFormTasks(courseId);
        openTask(course, key, open);
        Map<String, Object> answers = booking.writable(user, course, key, request.answers());
        DraftSaved saved = access.bookingOnly(user, course)
                ? new DraftSaved(forms.saveDraft(courseId, key, request.version(), answers, user.getUsername()),
                        List.of())
                : forms.saveDraftKeepingValid(courseId, key, request.version(), answers, user.getUsername());
        audit.change("FORM_SAVE", course, key);
        return new PageDraft(view(course, key, saved.form(), open), saved.notSaved());
    }

    record PageDraft(FormView view, List<FieldProblem> notSaved) {
    }

    FormView finalise(Long courseId, FormKey key, FormAnswersRequest request) {
        Course course = courses.find(courseId);
        RegistryUser user = access.requireFormWork(course);
        FormTask task = openTask(course, key, engine.openFormTasks(courseId));
        FormRecord stored = forms.finalise(courseId, key, request.version(), request.answers(), user.getUsername());
        audit.change("FORM_FINALISE", course, key);
        engine.complete(task, afterFinalised(course, key, stored.answers(), task.correction()));
        List<FormTask> open = engine.openFormTasks(courseId);
        refreshStatus(course, open);
        return view(course, key, stored, open);
    }

    FormView unlock(Long courseId, FormKey key, UnlockRequest request) {
        Course course = courses.find(courseId);
        RegistryUser user = access.requireUnlock(course);
        forms.unlock(courseId, key, request.version(), request.reason(), user.getUsername());
        audit.change("FORM_UNLOCK", course, key);
        engine.startCorrection(courseId, course.getRegistryId(), course.getUnitResh(), key, CourseFormVariables.of(course));
        course.status(CourseStatus.ACTIVE);
        return view(course, key);
    }

    FormView comment(Long courseId, FormKey key, CommentRequest request) {
        Course course = courses.find(courseId);
        RegistryUser user = access.requireFormWork(course);
        forms.comment(courseId, key, request.version(), request.comment(), user.getUsername());
        audit.change("FORM_COMMENT", course, key);
        return view(course, key);
    }

    @Override
    @Transactional(readOnly = true)
    public void check(Long courseId, FormKey key, boolean correction, Map<String, Object> submitted) {
        Course course = courses.find(courseId);
        access.requireTasklistWork(course);
        Map<String, Object> answers = tasklistAnswers(course, key, correction, submitted, false);
        forms.validateForFinalise(courseId, key, answers);
        refuseTypeChangeFromTasklist(course, key, correction, answers);
    }

    @Override
    public Map<String, Object> finalise(Long courseId, FormKey key, boolean correction,
            Map<String, Object> variables, String userId) {
        Course course = courses.find(courseId);
        access.requireTasklistWork(course);
        Map<String, Object> answers = tasklistAnswers(course, key, correction, variables, true);
        refuseTypeChangeFromTasklist(course, key, correction, answers);
        FormRecord stored = forms.finalise(courseId, key, null, answers, userId);
        audit.change("FORM_FINALISE", course, key);
        return afterFinalised(course, key, stored.answers(), correction);
    }

    @Override
    public void courseProcessEnded(Long courseId, String processInstanceId) {
        Course course = courses.find(courseId);
        if (course.getStatus() == CourseStatus.DELETED) {
            return;
        }
        boolean pathwayOpen = !processInstanceId.equals(course.getProcessInstanceId())
                && engine.isRunning(course.getProcessInstanceId());
        boolean otherTaskOpen = engine.openFormTasks(courseId).stream()
                .anyMatch(t -> !t.processInstanceId().equals(processInstanceId));
        course.status(pathwayOpen || otherTaskOpen ? CourseStatus.ACTIVE : CourseStatus.COMPLETED);
    }

    /**
     * The answers a Tasklist completion finalises: what is stored, overlaid with the submitted fields that have
     * a value (Tasklist shows an empty form; clearing an answer is done in the registry). Anything else than the
     * form's fields, or the routing variables with the values the registry set, is refused.
     */
    private Map<String, Object> tasklistAnswers(Course course, FormKey key, boolean correction,
            Map<String, Object> variables, boolean routingVariablesPresent) {
        Set<String> fields = catalogue.get(key).fields().stream().map(FormField::key).collect(Collectors.toSet());
        Map<String, Object> answers = new HashMap<>(forms.get(course.getId(), key).answers());
        List<FieldProblem> problems = new ArrayList<>();
        variables.forEach((name, value) -> {
            if (fields.contains(name)) {
                if (isGiven(key, name, value)) {
                    answers.put(name, value);
                }
            } else if (!(routingVariablesPresent && isExpectedRouting(course, key, correction, name, value))) {
                problems.add(FieldProblem.of(name, "error.form.unknownField", key.formId()));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return answers;
    }

    /**
     * A corrected TO that changes the course type re-routes the pathway, which must run after the correction's
     * own engine command has been stored; from Tasklist (inside that command) it is refused with the reason.
     */
    private void refuseTypeChangeFromTasklist(Course course, FormKey key, boolean correction,
            Map<String, Object> answers) {
        if (key.equals(registryOf(course).courseTypeForm()) && correction && course.getCourseType() != null) {
            Map<String, Object> normalised = forms.normalise(key, answers);
            if (CourseType.ofCode(routing.decide(registryOf(course), normalised).courseType())
                    != course.getCourseType()) {
                throw InvalidInputException.of(registryOf(course).descriptor().roles().courseType().field(),
                        "error.to.typeChangeOutsideRegistry");
            }
        }
    }

    /** Tasklist sends every field of the form it shows empty: blanks and unticked boxes are not answers. */
    private boolean isGiven(FormKey key, String name, Object value) {
        boolean checkbox = catalogue.get(key).field(name).map(f -> "checkbox".equals(f.type())).orElse(false);
        return value != null && !(value instanceof String text && text.isBlank())
                && !(checkbox && Boolean.FALSE.equals(value));
    }

    private boolean isExpectedRouting(Course course, FormKey key, boolean correction, String name,
            Object value) {
        String text = value == null ? null : value.toString();
        return switch (name) {
            case CourseProcess.VAR_UNIT -> course.getUnitResh().equals(text);
            case CourseProcess.VAR_REGISTRY -> course.getRegistryId().equals(text);
            case CourseProcess.VAR_COURSE_TYPE -> course.getCourseType() != null
                    && String.valueOf(course.getCourseType().code()).equals(text);
            case CourseProcess.VAR_FORM_KEY -> correction && key.code().equals(text);
            case CourseProcess.VAR_FORM_ID -> correction && key.formId().equals(text);
            case CourseProcess.VAR_FORM_LABEL -> correction && key.label().equals(text);
            case CourseProcess.VAR_EPROM_ALLOWED -> String.valueOf(course.isNational()).equals(text);
            case CourseProcess.VAR_PATIENT_RESERVED -> String.valueOf(reservation.reserved(course))
                    .equals(text);
            case CourseProcess.VAR_LEGAL_BASIS -> course.getLegalBasis().name().equals(text);
            default -> false;
        };
    }

    /** TO decides type and registry; a corrected TO with a new type re-routes the pathway. */
    private Map<String, Object> afterFinalised(Course course, FormKey key, Map<String, Object> answers,
            boolean correction) {
        boolean typeForm = key.equals(registryOf(course).courseTypeForm());
        boolean reserved = typeForm && reservation.reserved(course);
        Map<String, Object> routing = typeForm ? routeByTo(course, answers, correction, reserved) : Map.of();
        events.publishEvent(new FormFinalised(course.getId(), key, correction,
                course.getCourseType() == null ? null : course.getCourseType().code(), course.isNational(),
                reserved));
        return routing;
    }

    private Map<String, Object> routeByTo(Course course, Map<String, Object> answers, boolean correction,
            boolean reserved) {
        CourseType before = course.getCourseType();
        CourseRouting routing = CourseRouting.of(this.routing.decide(registryOf(course), answers), answers,
                course.getLegalBasis(), reserved);
        course.apply(routing);
        if (correction && before != null && before != routing.type()) {
            Set<FormKey> finalised = forms.all(course.getId()).stream()
                    .filter(f -> f.state() == FormState.FINALISED).map(FormRecord::formKey)
                    .collect(Collectors.toSet());
            RegistryDefinitions registry = registryOf(course);
            course.runsIn(engine.reroute(registry.courseProcess(), course.getId(), course.getRegistryId(),
                    course.getUnitResh(),
                    routing.type().code(), routing.epromAllowed(), reserved, CourseFormVariables.of(course),
                    course.getProcessInstanceId(), registry.courseTypeForm(), finalised,
                    registry.courseTypeForm().label() + " korrigert: forløpstype " + before.code() + " -> "
                            + routing.type().code()));
            refreshStatus(course, engine.openFormTasks(course.getId()));
        }
        courseRepository.save(course);
        return routing.variables(reserved);
    }

    private RegistryDefinitions registryOf(Course course) {
        return registries.of(course.getRegistryId());
    }

    /** Active while anything of it is open; a course its diagram deleted on this finalise stays deleted. */
    private void refreshStatus(Course course, List<FormTask> open) {
        if (course.getStatus() == CourseStatus.DELETED) {
            return;
        }
        boolean active = !open.isEmpty() || engine.isRunning(course.getProcessInstanceId());
        course.status(active ? CourseStatus.ACTIVE : CourseStatus.COMPLETED);
    }

    private FormTask openTask(Course course, FormKey key, List<FormTask> open) {
        FormTask task = FormStates.task(open, key);
        if (task == null) {
            boolean locked = forms.get(course.getId(), key).state() == FormState.FINALISED;
            throw new ConflictException(locked ? "error.form.locked" : "error.form.notAvailable", key.label());
        }
        return task;
    }

    private FormView view(Course course, FormKey key) {
        return view(course, key, forms.get(course.getId(), key), engine.openFormTasks(course.getId()));
    }

    /**
     * The form as stored (with its events) and the course's form tasks open now; a clerk sees the booking fields
     * and not the internal comment.
     */
    private FormView view(Course course, FormKey key, FormRecord f, List<FormTask> open) {
        FormTask task = FormStates.task(open, key);
        Optional<BookingFields> clerk = CurrentUser.find().flatMap(user -> access.bookingOf(user, course));
        return new FormView(course.getId(), key, key.label(), key.formId(), FormStates.status(f, task),
                task != null && task.correction(), task == null ? null : task.taskId(), f.version(),
                clerk.map(b -> b.shown(f.answers())).orElse(f.answers()), f.valueSetVersion(),
                clerk.isPresent() ? null : f.internalComment(), f.savedAt(), f.savedBy(), f.finalisedAt(),
                f.finalisedBy(), clerk.isPresent() ? ClerkBooking.withoutReasons(f.events()) : f.events());
    }
}
