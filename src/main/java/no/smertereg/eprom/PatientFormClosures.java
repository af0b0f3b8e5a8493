package no.smertereg.eprom;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CoursePatientForms;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.patients.PatientService;
import no.smertereg.patients.PersonView;
import no.smertereg.shared.ConflictException;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/**
 * P6, P7, P8: a clinician closes all patient forms of a course with a reason ("Besvar alle og ferdigstill", stop
 * dispatch, missing consent), only while none of them is sent. Planned sends are cancelled, forms not ordered yet
 * (Eval, Opioid) end at once when the course later orders them.
 */
@Service("patientFormClosures")
@Transactional
public class PatientFormClosures {

    /** Codebook reasons 1-5 and 9; 6 is for Eval alone and 7 is set by the system. */
    static final Set<Integer> CLOSING_REASONS = Set.of(1, 2, 3, 4, 5, 9);
    static final int REASON_MISSING_CONSENT = 5;
    static final int REASON_CRITICALLY_ILL_OR_DEAD = 3;
    /** P6: one form's dispatch is stopped because the patient cannot answer or is critically ill or dead. */
    static final Set<Integer> STOP_REASONS = Set.of(3, 4);

    private final PatientFormTypes types;
    private final PatientFormRepository forms;
    private final DispatchEventRepository ledger;
    private final CourseDirectory courses;
    private final PatientService patients;
    private final RuntimeService runtime;
    private final RegistryClock clock;
    private final PatientFormEvents audit;
    private final CoursePatientForms coursePatientForms;

    PatientFormClosures(PatientFormRepository forms, DispatchEventRepository ledger, CourseDirectory courses,
            PatientService patients, RuntimeService runtime, RegistryClock clock, PatientFormEvents audit,
            CoursePatientForms coursePatientForms, PatientFormTypes types) {
        this.types = types;
        this.audit = audit;
        this.forms = forms;
        this.ledger = ledger;
        this.courses = courses;
        this.patients = patients;
        this.runtime = runtime;
        this.clock = clock;
        this.coursePatientForms = coursePatientForms;
    }

    /**
     * P6 after the first send: one form's dispatch is stopped with reason 3 or 4, whether it is planned, sent,
     * reminded, waiting for contact details or not ordered yet. 409 once it is answered, locked or closed.
     */
    public void stop(Long courseId, PatientFormType type, Integer reason) {
        CourseRef course = courses.visible(courseId);
        if (reason == null || !STOP_REASONS.contains(reason)) {
            throw InvalidInputException.of("reason", "error.eprom.stopReason");
        }
        if (!course.includesPatientForms()) {
            throw new ConflictException("error.eprom.notType3");
        }
        PatientFormRecord record = forms.findByCourseIdAndFormType(courseId, type)
                .orElseGet(() -> new PatientFormRecord(courseId, type));
        if (finished(record)) {
            throw new ConflictException("error.eprom.finished");
        }
        closeRecords(courseId, List.of(record), reason);
        audit.change("PATIENT_FORM_STOP", course, type);
    }

    /**
     * P6 for the whole course ("Stopp all utsending"): every pending patient form (planned, sent, reminded, waiting
     * for contact details, or not ordered yet) is stopped with the one reason, each exactly as {@link #stop} stops
     * it; answered, locked and closed forms stay as they are. All or nothing in one transaction: a reason other
     * than 3 or 4 (400 on {@code reason}), a course without patient forms or with nothing left to stop (409) is
     * refused and changes nothing.
     *
     * @return the forms that were stopped
     */
    public List<PatientFormType> stopAll(Long courseId, Integer reason) {
        CourseRef course = courses.visible(courseId);
        if (reason == null || !STOP_REASONS.contains(reason)) {
            throw InvalidInputException.of("reason", "error.eprom.stopReason");
        }
        if (!course.includesPatientForms()) {
            throw new ConflictException("error.eprom.notType3");
        }
        List<PatientFormRecord> pending = records(course).stream().filter(r -> !finished(r)).toList();
        if (pending.isEmpty()) {
            throw new ConflictException("error.eprom.nothingToStop");
        }
        closeRecords(courseId, pending, reason);
        pending.forEach(record -> audit.change("PATIENT_FORM_STOP", course, record.getFormType()));
        return pending.stream().map(PatientFormRecord::getFormType).toList();
    }

    /** Answered, locked (unanswered or never sent) or closed: nothing more happens to the form. */
    static boolean finished(PatientFormRecord record) {
        return record.getState() == PatientFormState.COMPLETED || record.getState() == PatientFormState.CLOSED
                || record.getState() == PatientFormState.LOCKED_UNANSWERED
                || record.getState() == PatientFormState.NOT_SENT_NO_CONTACT;
    }

    public void closeAll(Long courseId, Integer reason) {
        CourseRef course = courses.visible(courseId);
        if (reason == null || !CLOSING_REASONS.contains(reason)) {
            throw InvalidInputException.of("reason", "error.eprom.reason");
        }
        if (!course.includesPatientForms()) {
            throw new ConflictException("error.eprom.notType3");
        }
        if (reason == REASON_MISSING_CONSENT && course.epromAllowed()) {
            throw InvalidInputException.of("reason", "error.eprom.consentGiven");
        }
        List<PatientFormRecord> records = records(course);
        if (records.stream().anyMatch(PatientFormRecord::isStarted)) {
            throw new ConflictException("error.eprom.started");
        }
        close(courseId, records, reason);
        audit.change("PATIENT_FORMS_CLOSE", course, null);
    }

    /** P2: consent withdrawn in a corrected TO: every form not yet sent is closed with reason 5. */
    public void closeUnsentForMissingConsent(Long courseId) {
        close(courseId, records(courseId).stream().filter(r -> !r.isStarted()).toList(), REASON_MISSING_CONSENT);
    }

    /**
     * R2: a patient's reservation is registered: every form not answered, locked or closed is withdrawn at once
     * with reason 5 (missing consent), planned sends are cancelled and a course waiting for consent ends.
     */
    public void closeOpenForReservation(Long courseId) {
        close(courseId, records(courseId).stream().filter(r -> !finished(r)).toList(), REASON_MISSING_CONSENT);
        audit.change("PATIENT_FORMS_WITHDRAWN", courseId, null);
    }

    /** A patient who dies: every form not answered, locked or closed is closed with reason 3 "Kritisk syk/død". */
    public void closeOpenForDeath(Long courseId) {
        close(courseId, records(courseId).stream().filter(r -> !finished(r)).toList(),
                REASON_CRITICALLY_ILL_OR_DEAD);
    }

    /** The patient forms of a course that is not deleted (none for a deleted one). */
    private List<PatientFormRecord> records(Long courseId) {
        return courses.find(courseId).map(this::records).orElseGet(List::of);
    }

    /** The course's patient forms, those of its registry, each as recorded or as not yet begun. */
    private List<PatientFormRecord> records(CourseRef course) {
        return types.ofRegistry(course.registryId()).stream().map(type -> forms.findByCourseIdAndFormType(
                course.id(), type).orElseGet(() -> new PatientFormRecord(course.id(), type))).toList();
    }

    private void close(Long courseId, List<PatientFormRecord> records, int reason) {
        closeRecords(courseId, records, reason);
        coursePatientForms.closePatientForms(courseId);
    }

    private void closeRecords(Long courseId, List<PatientFormRecord> records, int reason) {
        records.forEach(record -> recordClosed(courseId, record, reason));
        String key = courseId.toString();
        for (PatientFormRecord record : records) {
            runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_CLOSED).processInstanceBusinessKey(key)
                    .processInstanceVariableEquals(PatientFormProcess.VAR_PATIENT_FORM, record.getFormType().code())
                    .correlateAll();
        }
    }

    /** For the patient-form pathway: a patient already dead when the form is ordered is not sent anything. */
    @Transactional(readOnly = true)
    public boolean patientDead(DelegateExecution execution) {
        return courses.find(Long.valueOf(execution.getProcessBusinessKey()))
                .flatMap(course -> patients.byPid(course.pid())).map(PersonView::deceased).orElse(false);
    }

    /** Records the form closed with reason 3 without messaging its own pathway (which ends by itself). */
    public void closeBeforeOrderForDeath(Long courseId, PatientFormType type) {
        recordClosed(courseId, forms.findByCourseIdAndFormType(courseId, type)
                .orElseGet(() -> new PatientFormRecord(courseId, type)), REASON_CRITICALLY_ILL_OR_DEAD);
    }

    private void recordClosed(Long courseId, PatientFormRecord record, int reason) {
        if (record.getState() == PatientFormState.CLOSED && record.getId() != null) {
            return;
        }
        record.closed(reason);
        PatientFormRecord saved = forms.save(record);
        ledger.save(new DispatchEvent(saved.getId(), DispatchEventType.CLOSED, null, reason, clock.now(),
                "closure:" + courseId + ":" + record.getFormType()));
    }

    /** For the patient-form pathway: a form closed or answered on paper before it was ordered is not sent. */
    @Transactional(readOnly = true)
    public boolean isClosed(DelegateExecution execution) {
        PatientFormType type = types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
        return forms.findByCourseIdAndFormType(Long.valueOf(execution.getProcessBusinessKey()), type)
                .map(f -> f.getState() == PatientFormState.CLOSED || f.getState() == PatientFormState.COMPLETED)
                .orElse(false);
    }
}
