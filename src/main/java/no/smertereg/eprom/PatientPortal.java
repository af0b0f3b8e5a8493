package no.smertereg.eprom;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormField;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.ConflictException;

/**
 * The patient's side: a one-time code and the birth date open one sent form; the answers are checked against the
 * same {@code .form} file, stored, and the form's pathway ends in the same transaction, so no reminder can follow
 * an answer. A used or expired code opens nothing.
 */
@Service
@Transactional
public class PatientPortal {

    private final PatientFormRepository forms;
    private final PatientFormAnswers answersStore;
    private final OneTimeCodes codes;
    private final CourseDirectory courses;
    private final PatientService patients;
    private final FormCatalogue catalogue;
    private final RuntimeService runtime;

    PatientPortal(PatientFormRepository forms, PatientFormAnswers answersStore, OneTimeCodes codes,
            CourseDirectory courses, PatientService patients, FormCatalogue catalogue, RuntimeService runtime) {
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

    /** Stores the answers and ends the form's pathway, or 400 naming the fields. */
    public void submit(Long patientFormId, Map<String, String> submitted) {
        PatientFormRecord form = openForm(patientFormId);
        FormDefinition definition = catalogue.find(form.getFormType().formId()).orElseThrow();
        Map<String, Object> answers = new HashMap<>();
        for (FormField field : definition.fields()) {
            String value = submitted.get(field.key());
            if ("checkbox".equals(field.type())) {
                answers.put(field.key(), value != null);
            } else if (value != null && !value.isBlank()) {
                answers.put(field.key(), value);
            }
        }
        answersStore.record(form, answers, false);
        try {
            runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_ANSWERED)
                    .processInstanceBusinessKey(form.getCourseId().toString())
                    .processInstanceVariableEquals(PatientFormProcess.VAR_PATIENT_FORM, form.getFormType().name())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("portal.invalidCode");
        }
    }

    private PatientFormRecord openForm(Long patientFormId) {
        return forms.findById(patientFormId).filter(PatientFormRecord::isOpenForAnswer)
                .orElseThrow(() -> new ConflictException("portal.invalidCode"));
    }

}
