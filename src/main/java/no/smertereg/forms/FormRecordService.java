package no.smertereg.forms;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.NotFoundException;
import no.smertereg.shared.RegistryClock;

/**
 * The forms of each course: drafts, finalise (validated and locked), unlock with a reason, internal comment.
 * Callers check who may do what; this service keeps the forms' rules.
 */
@Service
@Transactional
public class FormRecordService {

    static final int MAX_COMMENT = 2000;
    static final int MAX_REASON = 500;

    private final FormInstanceRepository forms;
    private final FormEventRepository events;
    private final FormCatalogue catalogue;
    private final FormValidator validator;
    private final RegistryClock clock;
    private final FormLists lists;
    private final Registries registries;
    private final Supplier<FormVariables> variables;
    private final CourseDateWatch dates;

    FormRecordService(FormInstanceRepository forms, FormEventRepository events, FormCatalogue catalogue,
            FormValidator validator, RegistryClock clock, FormLists lists, Registries registries,
            ObjectProvider<FormVariables> variables, CourseDateWatch dates) {
        this.dates = dates;
        this.variables = SingletonSupplier.of(variables::getIfAvailable);
        this.lists = lists;
        this.registries = registries;
        this.forms = forms;
        this.events = events;
        this.catalogue = catalogue;
        this.validator = validator;
        this.clock = clock;
    }

    /** The empty clinician forms of a new course of this registry. */
    public void createFor(Long courseId, String registryId) {
        registries.of(registryId).clinicianForms().forEach(key -> forms.save(new FormInstance(courseId, key)));
    }

    @Transactional(readOnly = true)
    public FormRecord get(Long courseId, FormKey key) {
        return toRecord(forms.findByCourseIdAndFormKey(courseId, key).orElseGet(() -> added(courseId, key)), true);
    }

    @Transactional(readOnly = true)
    public List<FormRecord> all(Long courseId) {
        return forms.findByCourseId(courseId).stream()
                .sorted(Comparator.comparing(FormInstance::getFormKey, registries.order()))
                .map(f -> toRecord(f, false)).toList();
    }

    @Transactional(readOnly = true)
    public List<FormRecord> allOf(Collection<Long> courseIds) {
        return forms.findByCourseIdIn(courseIds).stream().map(f -> toRecord(f, false)).toList();
    }

    /**
     * The courses' forms with state, version and comment but without answers, and which of the courses had a form
     * ever finalised (S11), in one statement (lists such as the worklist).
     */
    @Transactional(readOnly = true)
    public FormStatesPage statesOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return new FormStatesPage(List.of(), Set.of());
        }
        return lists.statesOf(courseIds);
    }

    /** S11: a course whose forms were ever finalised cannot be deleted, even after an unlock. */
    @Transactional(readOnly = true)
    public boolean everFinalised(Long courseId) {
        return forms.anyEverFinalised(courseId);
    }

    /** Answers as they would be stored (codes as strings, hidden fields dropped), or 400. */
    @Transactional(readOnly = true)
    public Map<String, Object> normalise(FormKey key, Map<String, ?> answers) {
        return validator.validate(catalogue.get(key), answers, false);
    }

    /** Checks complete answers without storing anything, or 400. */
    @Transactional(readOnly = true)
    public void validateForFinalise(Long courseId, FormKey key, Map<String, ?> answers) {
        unlocked(courseId, key);
        FormDefinition definition = catalogue.get(key);
        validator.validate(definition, answers, true, otherForms(courseId, definition), variables(courseId));
    }

    public FormRecord saveDraft(Long courseId, FormKey key, Long version, Map<String, ?> answers, String actor) {
        FormInstance form = editable(courseId, key, version);
        FormDefinition definition = catalogue.get(key);
        Map<String, Object> datesBefore = dates.before(key, form.getAnswers());
        form.save(validator.validate(definition, answers, false, otherForms(courseId, definition),
                variables(courseId)),
                definition.valueSetVersion(), actor, clock.now());
        return saved(form, datesBefore, false);
    }

    /**
     * A draft from the pages (save, next, comment, autosave): every valid answer is saved; a field whose typed
     * answer is bad keeps its last saved answer and is named in the result. A stale version or a locked form saves
     * nothing (409).
     */
    public DraftSaved saveDraftKeepingValid(Long courseId, FormKey key, Long version, Map<String, ?> answers,
            String actor) {
        FormInstance form = editable(courseId, key, version);
        FormDefinition definition = catalogue.get(key);
        FormValidator.Draft draft = validator.validateDraft(definition, answers, form.getAnswers(),
                otherForms(courseId, definition));
        Map<String, Object> datesBefore = dates.before(key, form.getAnswers());
        form.save(draft.answers(), definition.valueSetVersion(), actor, clock.now());
        return new DraftSaved(saved(form, datesBefore, false), draft.problems());
    }

    /** Validates completely and locks. {@code version} may be null only for Tasklist, which has no version. */
    public FormRecord finalise(Long courseId, FormKey key, Long version, Map<String, ?> answers, String actor) {
        FormInstance form = version == null ? unlocked(courseId, key) : editable(courseId, key, version);
        FormDefinition definition = catalogue.get(key);
        Map<String, Object> datesBefore = dates.before(key, form.getAnswers());
        form.finalise(validator.validate(definition, answers, true, otherForms(courseId, definition),
                variables(courseId)),
                definition.valueSetVersion(), actor, clock.now());
        events.save(new FormEvent(form.getId(), FormAction.FINALISED, null, actor, clock.now()));
        return saved(form, datesBefore, true);
    }

    public FormRecord unlock(Long courseId, FormKey key, Long version, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 3 || why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "error.unlock.reason", MAX_REASON);
        }
        FormInstance form = instance(courseId, key);
        requireVersion(form, version);
        if (form.getState() != FormState.FINALISED) {
            throw new ConflictException("error.form.notFinalised", key.label());
        }
        form.unlock();
        events.save(new FormEvent(form.getId(), FormAction.UNLOCKED, why, actor, clock.now()));
        return flushed(form);
    }

    public FormRecord comment(Long courseId, FormKey key, Long version, String comment, String actor) {
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "error.form.tooLong", "comment", MAX_COMMENT);
        }
        FormInstance form = instance(courseId, key);
        requireVersion(form, version);
        form.comment(comment);
        events.save(new FormEvent(form.getId(), FormAction.COMMENTED, null, actor, clock.now()));
        return flushed(form);
    }

    /** The stored form, after telling which course dates its save changed (they are read from it at once). */
    private FormRecord saved(FormInstance form, Map<String, Object> datesBefore, boolean finalised) {
        FormRecord record = flushed(form);
        dates.saved(form.getCourseId(), record.formKey(), datesBefore, form.getAnswers(), finalised);
        return record;
    }

    /** The platform's variables for the course's form conditions ({@link FormVariables}). */
    private Map<String, Object> variables(Long courseId) {
        FormVariables source = variables.get();
        return source == null ? Map.of() : source.ofCourse(courseId);
    }

    /** The answers saved on the course's other forms, which the form's rules may refer to (read only if it has any). */
    private Map<String, Object> otherForms(Long courseId, FormDefinition definition) {
        Map<String, Object> answers = new HashMap<>();
        if (definition.fields().stream().anyMatch(f -> !f.rules().isEmpty())) {
            forms.findByCourseId(courseId).stream().filter(f -> !f.getFormKey().formId().equals(definition.id()))
                    .forEach(f -> answers.putAll(f.getAnswers()));
        }
        return answers;
    }

    private FormInstance editable(Long courseId, FormKey key, Long version) {
        FormInstance form = instance(courseId, key);
        requireVersion(form, version);
        return unlockedState(form);
    }

    /**
     * The caller must send the version it read. If someone changed the form since, the 409 says who and when (the
     * last save, finalise, unlock or comment); a version the form never had gets the plain stale-version answer.
     */
    private void requireVersion(FormInstance form, Long sent) {
        if (sent != null && sent == form.getVersion()) {
            return;
        }
        Change last = lastChange(form);
        if (sent == null || sent > form.getVersion() || last == null) {
            ConflictException.requireVersion(form.getVersion(), sent);
        }
        throw new FormChangedException(form.getFormKey(), last.actor(), last.at(), form.getVersion(), sent);
    }

    private Change lastChange(FormInstance form) {
        Change last = form.getSavedAt() == null ? null : new Change(form.getSavedBy(), form.getSavedAt());
        for (FormEvent event : events.findByFormInstanceIdOrderByOccurredAt(form.getId())) {
            if (last == null || !event.getOccurredAt().isBefore(last.at())) {
                last = new Change(event.getActor(), event.getOccurredAt());
            }
        }
        return last;
    }

    private record Change(String actor, Instant at) {
    }

    private FormInstance unlocked(Long courseId, FormKey key) {
        return unlockedState(instance(courseId, key));
    }

    private static FormInstance unlockedState(FormInstance form) {
        if (form.getState() == FormState.FINALISED) {
            throw new ConflictException("error.form.locked", form.getFormKey().label());
        }
        return form;
    }

    /** A form added to the diagram after the course was registered gets its row when it is first written. */
    private FormInstance instance(Long courseId, FormKey key) {
        return forms.findByCourseIdAndFormKey(courseId, key)
                .orElseGet(() -> forms.save(added(courseId, key)));
    }

    /** Only a form of the course's own registry: one its other forms share. */
    private FormInstance added(Long courseId, FormKey key) {
        RegistryDefinitions registry = registries.of(key);
        if (registries.ofFormId(key.formId()).isEmpty() || forms.findByCourseId(courseId).stream()
                .anyMatch(other -> registries.of(other.getFormKey()) != registry)) {
            throw new NotFoundException("error.form.notFound", key.label());
        }
        return new FormInstance(courseId, key);
    }

    /** Writes the form now, so its version is the one answered (its answers are kept as stored: StoredAnswers). */
    private FormRecord flushed(FormInstance form) {
        forms.saveAndFlush(form);
        return toRecord(form, true);
    }

    private FormRecord toRecord(FormInstance f, boolean withEvents) {
        List<FormRecord.Event> history = withEvents
                ? events.findByFormInstanceIdOrderByOccurredAt(f.getId()).stream()
                        .map(e -> new FormRecord.Event(e.getAction(), e.getReason(), e.getActor(), e.getOccurredAt()))
                        .toList()
                : List.of();
        return new FormRecord(f.getCourseId(), f.getFormKey(), f.getState(), f.getVersion(), f.getAnswers(),
                f.getValueSetVersion(), f.getInternalComment(), f.getSavedAt(), f.getSavedBy(), f.getFinalisedAt(),
                f.getFinalisedBy(), history);
    }
}
