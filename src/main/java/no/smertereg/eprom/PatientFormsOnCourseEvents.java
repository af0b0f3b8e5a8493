package no.smertereg.eprom;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CoursePatientForms;
import no.smertereg.course.FormFinalised;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.CourseDateChanged;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDescriptor.Roles;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientDied;
import no.smertereg.patients.PatientReserved;

/**
 * The course's forms move its patient forms: consent registered in a corrected TO releases Pasreg and HADS, consent
 * withdrawn closes every form not yet sent (reason 5), a reserved patient's forms are all withdrawn (reason 5, R2),
 * a changed course date (a draft or finalise of its form, ADR 0016) is told to the patient-form pathways (the Opioid
 * send follows a corrected B2.2 end date), and a patient reported dead has every open form closed (reason 3).
 */
@Component
class PatientFormsOnCourseEvents {

    private final Registries registries;
    private final RuntimeService runtime;
    private final PatientFormClosures closures;
    private final CourseDirectory courses;
    private final CoursePatientForms coursePatientForms;
    private final EarlierDiagramSends earlierDiagrams;
    private final DiagramMessages messages;

    PatientFormsOnCourseEvents(RuntimeService runtime, PatientFormClosures closures, CourseDirectory courses,
            CoursePatientForms coursePatientForms, Registries registries,
            EarlierDiagramSends earlierDiagrams, DiagramMessages messages) {
        this.messages = messages;
        this.registries = registries;
        this.earlierDiagrams = earlierDiagrams;
        this.runtime = runtime;
        this.closures = closures;
        this.courses = courses;
        this.coursePatientForms = coursePatientForms;
    }

    @EventListener
    void formFinalised(FormFinalised event) {
        boolean type3 = event.includesPatientForms();
        RegistryDefinitions registry = registries.of(event.formKey());
        boolean courseType = event.formKey().equals(registry.courseTypeForm());
        if (courseType && type3 && event.patientReserved()) {
            closures.closeOpenForReservation(event.courseId());
            return;
        }
        if (courseType && event.correction() && type3 && event.epromAllowed()) {
            coursePatientForms.releasePatientForms(event.courseId());
        }
        if (courseType && event.correction() && type3 && !event.epromAllowed()) {
            closures.closeUnsentForMissingConsent(event.courseId());
        }
    }

    /**
     * ADR 0016: the course's waiting sends planned from the changed date are planned again, and the course's own
     * diagrams get the message with the role's name in {@code courseDateRole} (NNRR's rescheduling gateway). Other
     * patient forms are left alone, so a date change touches no timer it does not move. Delivered when the saving
     * transaction is about to commit, after the save's own task completion: the diagram gets a finalise's date as it
     * is after the finalise (NNRR's rescheduling rule watches only the open treater form).
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void courseDateChanged(CourseDateChanged event) {
        String courseId = event.courseId().toString();
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(courseId)
                .list();
        List<ProcessInstance> forms = instances.stream().filter(PatientFormsOnCourseEvents::isPatientForm).toList();
        Map<String, Map<String, Object>> plans = plans(forms);
        boolean endDate = Roles.END_DATE.equals(event.role());
        forms.stream().filter(form -> follows(plans.get(form.getId()), event.role(), endDate))
                .filter(form -> mayCatch(form, PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED))
                .forEach(form -> correlate(form.getId(), event.role()));
        instances.stream().filter(instance -> !isPatientForm(instance))
                .filter(course -> mayCatch(course, PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED))
                .forEach(course -> correlate(course.getId(), event.role()));
        if (endDate) {
            runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_END_DATE_CORRECTED)
                    .processInstanceBusinessKey(courseId).correlateAll();
            earlierDiagrams.endDateCorrected(event.courseId(), forms, form -> (String) plans.get(form.getId())
                    .get(PatientFormProcess.VAR_PATIENT_FORM));
        }
    }

    /**
     * An instance whose diagram declares no such message is not asked: a correlation to one instance can only find
     * what it waits for, so it would be an engine command that finds nothing.
     */
    private boolean mayCatch(ProcessInstance instance, String message) {
        return messages.mayCatch(instance.getProcessDefinitionId(), message);
    }

    private static boolean isPatientForm(ProcessInstance instance) {
        return instance.getProcessDefinitionId().startsWith(PatientFormProcess.KEY + ":");
    }

    /** Planned from this course date, or (the end date) sent a while after it. */
    private static boolean follows(Map<String, Object> plan, String role, boolean endDate) {
        return role.equals(plan.get(PatientFormProcess.VAR_SEND_RELATIVE_TO))
                || (endDate && plan.get(PatientFormProcess.VAR_SEND_AFTER_END_DATE) instanceof String);
    }

    /** Each patient form's planning variables (its own, not a sub-process's), read in one query for all of them. */
    private Map<String, Map<String, Object>> plans(List<ProcessInstance> forms) {
        Map<String, Map<String, Object>> plans = new HashMap<>();
        forms.forEach(form -> plans.put(form.getId(), new HashMap<>()));
        if (!forms.isEmpty()) {
            runtime.createVariableInstanceQuery().processInstanceIdIn(plans.keySet().toArray(String[]::new))
                    .variableNameIn(PatientFormProcess.VAR_SEND_RELATIVE_TO,
                            PatientFormProcess.VAR_SEND_AFTER_END_DATE, PatientFormProcess.VAR_PATIENT_FORM)
                    .list().stream().filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()))
                    .forEach(v -> plans.get(v.getProcessInstanceId()).put(v.getName(), v.getValue()));
        }
        return plans;
    }

    /** Delivered where the instance waits for it; an instance that does not wait for it now is passed by. */
    private void correlate(String processInstanceId, String role) {
        runtime.createMessageCorrelation(PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED)
                .processInstanceId(processInstanceId)
                .setVariable(PatientFormProcess.VAR_COURSE_DATE_ROLE, role).correlateAll();
    }

    @EventListener
    void patientDied(PatientDied event) {
        courses.ofPatient(event.pid()).stream().filter(CourseRef::includesPatientForms)
                .forEach(c -> closures.closeOpenForDeath(c.id()));
    }

    @EventListener
    void patientReserved(PatientReserved event) {
        courses.ofPatient(event.pid()).stream().filter(CourseRef::includesPatientForms)
                .filter(c -> registries.of(c.registryId()).hasReservationRight())
                .forEach(c -> closures.closeOpenForReservation(c.id()));
    }
}
