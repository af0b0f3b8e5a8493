package no.smertereg.eprom;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormField;
import no.smertereg.forms.FormVisibility;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.RegistryDirectory;

/**
 * The patient's side: a one-time code and the birth date open one sent form; the answers are checked against the
 * same {@code .form} file, stored, and the form's pathway ends in the same transaction, so no reminder can follow
 * an answer. A used or expired code opens nothing.
 */
@Service
@Transactional
public class PatientPortal {

    private static final int MAX_DRAFT_VALUE = 2000;

    private final PatientFormRepository forms;
    private final PatientFormAnswers answersStore;
    private final OneTimeCodes codes;
    private final CourseDirectory courses;
    private final PatientService patients;
    private final FormCatalogue catalogue;
    private final RuntimeService runtime;
    private final RegistryClock clock;
    private final PatientFormStatuses statuses;
    private final PatientFormEvents audit;
    private final FormVisibility visibility;
    private final RegistryDirectory registries;

    PatientPortal(PatientFormRepository forms, PatientFormAnswers answersStore, OneTimeCodes codes,
            CourseDirectory courses, PatientService patients, FormCatalogue catalogue, RuntimeService runtime,
            RegistryClock clock, PatientFormStatuses statuses, PatientFormEvents audit, FormVisibility visibility,
            RegistryDirectory registries) {
        this.registries = registries;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
        this.statuses = statuses;
        this.forms = forms;
        this.answersStore = answersStore;
        this.codes = codes;
        this.courses = courses;
        this.patients = patients;
        this.catalogue = catalogue;
        this.runtime = runtime;
    }

    /** The patient form the code opens, or 409 (the same answer for a wrong code and a wrong birth date). */
    @Transactional(readOnly = true)
    public Long open(String code, LocalDate birthDate) {
        String normalised = code == null ? "" : code.strip().toUpperCase().replace(" ", "");
        String hash = codes.hash(normalised);
        return forms.findByCodeHashOrFirstCodeHash(hash, hash).stream().filter(PatientFormRecord::isOpenForAnswer)
                .filter(form -> birthDate != null && courses.find(form.getCourseId())
                        .flatMap(course -> patients.byPid(course.pid()))
                        .map(person -> birthDate.equals(person.birthDate())).orElse(false))
                .map(PatientFormRecord::getId).findFirst()
                .orElseThrow(() -> new ConflictException("portal.invalidCode"));
    }

    @Transactional(readOnly = true)
    public FormDefinition form(Long patientFormId) {
        PatientFormRecord form = openForm(patientFormId);
        return catalogue.find(form.getFormType().formId()).orElseThrow();
    }

    /**
     * The components of the form that the patient's answers as they stand hide (the server's evaluation of its
     * conditions), or 400 naming a field whose value is no answer of it. Nothing is stored.
     */
    @Transactional(readOnly = true)
    public Set<String> hidden(Long patientFormId, Map<String, String> submitted) {
        PatientFormRecord form = openForm(patientFormId);
        FormDefinition definition = catalogue.find(form.getFormType().formId()).orElseThrow();
        return visibility.ofCourse(form.getCourseId(), definition, definition.answersFrom(submitted));
    }

    /** As {@link #hidden}, for rendering the page: answers that are no answers hide nothing. */
    @Transactional(readOnly = true)
    public Set<String> hiddenOnPage(Long patientFormId, Map<String, String> shown) {
        PatientFormRecord form = openForm(patientFormId);
        FormDefinition definition = catalogue.find(form.getFormType().formId()).orElseThrow();
        return visibility.forPage(form.getCourseId(), definition, definition.answersFrom(shown));
    }

    /** What the patient is told the form's registry is called. */
    @Transactional(readOnly = true)
    public String registryName(Long patientFormId) {
        PatientFormRecord form = openForm(patientFormId);
        return registries.patientNameOf(courses.find(form.getCourseId()).map(CourseDirectory.CourseRef::registryId)
                .orElse(null));
    }

    /** The last day the form can be answered: the day it will be locked as unanswered. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> openUntil(Long patientFormId) {
        PatientFormRecord form = openForm(patientFormId);
        return courses.find(form.getCourseId()).flatMap(course -> statuses.of(course).stream()
                .filter(s -> s.form().equals(form.getFormType()) && s.nextStepAt() != null).findFirst())
                .map(s -> "SENT".equals(s.state()) ? s.nextStepAt().plus(Duration.ofDays(3)) : s.nextStepAt())
                .map(lock -> lock.atZone(RegistryClock.ZONE).toLocalDate());
    }

    /** Answers saved earlier with "save and return", to fill the page again. */
    @Transactional(readOnly = true)
    public Map<String, String> draft(Long patientFormId) {
        return openForm(patientFormId).getDraftAnswers();
    }

    /**
     * "Lagre og fortsett senere": keeps what the patient has filled in (the form's own fields only, as entered, not
     * yet checked) until the form is answered, locked or closed; the same code opens it again.
     */
    public void saveDraft(Long patientFormId, Map<String, String> submitted) {
        PatientFormRecord form = openForm(patientFormId);
        FormDefinition definition = catalogue.find(form.getFormType().formId()).orElseThrow();
        Map<String, String> draft = new LinkedHashMap<>();
        for (FormField field : definition.fields()) {
            String value = submitted.get(field.key());
            if (value != null && !value.isBlank()) {
                draft.put(field.key(), value.length() > MAX_DRAFT_VALUE ? value.substring(0, MAX_DRAFT_VALUE) : value);
            }
        }
        form.saveDraft(draft, clock.now());
        audit.change("PATIENT_FORM_DRAFT", form.getCourseId(), form.getFormType());
    }

    /** Stores the answers and ends the form's pathway, or 400 naming the fields. */
    public void submit(Long patientFormId, Map<String, String> submitted) {
        PatientFormRecord form = openForm(patientFormId);
        FormDefinition definition = catalogue.find(form.getFormType().formId()).orElseThrow();
        Map<String, Object> answers = definition.answersFrom(submitted);
        answersStore.record(form, answers, false);
        try {
            answered(form);
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("portal.invalidCode");
        }
    }

    /**
     * The answer goes to the pathway that sent the form; a form sent before that was kept, or whose pathway no longer
     * waits (a new one took over), is found by its course and form type. "All" of one instance: a miss is an empty
     * result, not an exception that would mark the transaction for rollback.
     */
    private void answered(PatientFormRecord form) {
        boolean delivered = form.pathway().map(pathway -> !runtime.createMessageCorrelation(
                PatientFormProcess.MESSAGE_ANSWERED).processInstanceId(pathway).correlateAllWithResult().isEmpty())
                .orElse(false);
        if (delivered) {
            return;
        }
        runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_ANSWERED)
                .processInstanceBusinessKey(form.getCourseId().toString())
                .processInstanceVariableEquals(PatientFormProcess.VAR_PATIENT_FORM, form.getFormType().code())
                .correlateWithResult();
    }

    private PatientFormRecord openForm(Long patientFormId) {
        return forms.findById(patientFormId).filter(PatientFormRecord::isOpenForAnswer)
                .orElseThrow(() -> new ConflictException("portal.invalidCode"));
    }

}
