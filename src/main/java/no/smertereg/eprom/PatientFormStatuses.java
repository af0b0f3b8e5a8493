package no.smertereg.eprom;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.eprom.process.PatientFormProcess;

/** P5: each patient form's state, read from the ledger and from where its pathway waits. */
@Service
@Transactional(readOnly = true)
public class PatientFormStatuses {

    /** The send failed and its retries are used up: an incident in Cockpit, and P9 manual dispatch to try again. */
    public static final String SEND_FAILED = "SEND_FAILED";

    private final PatientFormTypes types;
    private final PatientFormRepository forms;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final PatientFormEvents audit;

    PatientFormStatuses(PatientFormRepository forms, RuntimeService runtime, ManagementService management,
            PatientFormEvents audit, PatientFormTypes types) {
        this.types = types;
        this.audit = audit;
        this.forms = forms;
        this.runtime = runtime;
        this.management = management;
    }

    /** Empty unless the course is type 3 (seen and included). */
    public List<PatientFormStatus> of(CourseRef course) {
        audit.read("PATIENT_FORMS_READ", course, null);
        if (!course.includesPatientForms()) {
            return List.of();
        }
        Map<String, ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PatientFormProcess.KEY).processInstanceBusinessKey(course.id().toString())
                .list().stream().collect(Collectors.toMap(
                        pi -> (String) runtime.getVariable(pi.getId(), PatientFormProcess.VAR_PATIENT_FORM),
                        Function.identity(), (a, b) -> a));
        return types.ofRegistry(course.registryId()).stream()
                .map(type -> status(course, type, forms.findByCourseIdAndFormType(course.id(), type),
                        running.get(type.code())))
                .toList();
    }

    private PatientFormStatus status(CourseRef course, PatientFormType type, Optional<PatientFormRecord> record,
            ProcessInstance instance) {
        Integer reason = record.map(PatientFormRecord::getReasonCode).orElse(null);
        Instant sentAt = record.map(PatientFormRecord::getSentAt).orElse(null);
        if (instance == null) {
            if (record.isPresent()) {
                return new PatientFormStatus(type, record.get().getState().name(), reason, null, sentAt, null);
            }
            String state = types.isBaseline(type) && !course.epromAllowed() ? "NOT_POSSIBLE" : "AVAILABLE";
            return new PatientFormStatus(type, state, null, null, null, null);
        }
        if (runtime.createIncidentQuery().processInstanceId(instance.getId()).count() > 0) {
            return new PatientFormStatus(type, SEND_FAILED, null, null, sentAt, null);
        }
        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        Instant due = timer == null || timer.getDuedate() == null ? null : timer.getDuedate().toInstant();
        String waitingAt = timer == null ? null : activityOf(timer);
        if (PatientFormProcess.TIMER_DISPATCH.equals(waitingAt)) {
            return new PatientFormStatus(type, PatientFormState.PLANNED.name(), null, due, null, due);
        }
        String state = record.map(r -> r.getState().name()).orElse(PatientFormState.PLANNED.name());
        return new PatientFormStatus(type, state, reason, null, sentAt, due);
    }

    /** For the patient-form pathway: the send found neither phone nor e-mail. */
    public boolean withoutContact(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        PatientFormType type = types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
        return forms.findByCourseIdAndFormType(Long.valueOf(execution.getProcessBusinessKey()), type)
                .map(f -> f.getState() == PatientFormState.NO_CONTACT).orElse(false);
    }

    private String activityOf(Job timer) {
        return management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    /** The patient answered this form of the course (on the portal, at the clinic or on paper). */
    public boolean answered(Long courseId, PatientFormType type) {
        return forms.findByCourseIdAndFormType(courseId, type)
                .filter(record -> record.getState() == PatientFormState.COMPLETED).isPresent();
    }
}
