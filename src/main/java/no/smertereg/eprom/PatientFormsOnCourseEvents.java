package no.smertereg.eprom;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.FormFinalised;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientDied;
import no.smertereg.patients.PatientReserved;
import no.smertereg.shared.RegistryClock;

/**
 * The course's forms move its patient forms: consent registered in a corrected TO releases Pasreg and HADS, consent
 * withdrawn closes every form not yet sent (reason 5), a reserved patient's forms are all withdrawn (reason 5, R2),
 * a corrected B2.2 end date moves the waiting Opioid send, and a patient reported dead has every open form closed (reason 3).
 */
@Component
class PatientFormsOnCourseEvents {

    static final String MESSAGE_CONSENT_REGISTERED = "ConsentRegistered";

    private final RegistryDefinitions definitions;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final PatientFormSchedule schedule;
    private final DispatchSchedule dispatch;
    private final RegistryClock clock;
    private final PatientFormClosures closures;
    private final CourseDirectory courses;

    PatientFormsOnCourseEvents(RuntimeService runtime, ManagementService management, PatientFormSchedule schedule,
            DispatchSchedule dispatch, RegistryClock clock, PatientFormClosures closures, CourseDirectory courses, RegistryDefinitions definitions) {
        this.definitions = definitions;
        this.runtime = runtime;
        this.management = management;
        this.schedule = schedule;
        this.dispatch = dispatch;
        this.clock = clock;
        this.closures = closures;
        this.courses = courses;
    }

    /** Until the corrected end date reaches patient-form.bpmn as a message event (issue 17, rules part). */
    private static final String OPIOID = "OPIOID";

    @EventListener
    void formFinalised(FormFinalised event) {
        boolean type3 = Integer.valueOf(3).equals(event.courseType());
        if (event.formKey().equals(definitions.courseTypeForm()) && type3 && event.patientReserved()) {
            closures.closeOpenForReservation(event.courseId());
            return;
        }
        if (event.formKey().equals(definitions.courseTypeForm()) && event.correction() && type3 && event.epromAllowed()) {
            runtime.createMessageCorrelation(MESSAGE_CONSENT_REGISTERED)
                    .processInstanceBusinessKey(event.courseId().toString()).correlateAll();
        }
        if (event.formKey().equals(definitions.courseTypeForm()) && event.correction() && type3 && !event.epromAllowed()) {
            closures.closeUnsentForMissingConsent(event.courseId());
        }
        if (event.formKey().equals(definitions.endDateForm()) && event.correction()) {
            moveOpioid(event.courseId());
        }
    }

    @EventListener
    void patientDied(PatientDied event) {
        courses.ofPatient(event.pid()).stream().filter(c -> Integer.valueOf(3).equals(c.courseType()))
                .forEach(c -> closures.closeOpenForDeath(c.id()));
    }

    @EventListener
    void patientReserved(PatientReserved event) {
        courses.ofPatient(event.pid()).stream().filter(c -> Integer.valueOf(3).equals(c.courseType()))
                .forEach(c -> closures.closeOpenForReservation(c.id()));
    }

    private void moveOpioid(Long courseId) {
        Date due = Date.from(dispatch.opioidSend(schedule.endDate(courseId), clock.now()));
        runtime.createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(courseId.toString())
                .variableValueEquals(PatientFormProcess.VAR_PATIENT_FORM, OPIOID).list()
                .forEach(instance -> {
                    Job waiting = management.createJobQuery().processInstanceId(instance.getId())
                            .activityId("Timer_Dispatch").singleResult();
                    if (waiting != null) {
                        management.setJobDuedate(waiting.getId(), due);
                    }
                });
    }
}
