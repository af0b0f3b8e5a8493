package no.smertereg.eprom;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.course.CoursePatientForms;
import no.smertereg.course.FormFinalised;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.FormKey;
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

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PatientFormSchedule schedule;
    private final DispatchSchedule dispatch;
    private final RegistryClock clock;
    private final PatientFormClosures closures;
    private final CourseDirectory courses;
    private final CoursePatientForms coursePatientForms;

    PatientFormsOnCourseEvents(RuntimeService runtime, ManagementService management, PatientFormSchedule schedule,
            DispatchSchedule dispatch, RegistryClock clock, PatientFormClosures closures, CourseDirectory courses,
            CoursePatientForms coursePatientForms) {
        this.runtime = runtime;
        this.management = management;
        this.schedule = schedule;
        this.dispatch = dispatch;
        this.clock = clock;
        this.closures = closures;
        this.courses = courses;
        this.coursePatientForms = coursePatientForms;
    }

    @EventListener
    void formFinalised(FormFinalised event) {
        boolean type3 = event.includesPatientForms();
        if (event.formKey() == FormKey.TO && type3 && event.patientReserved()) {
            closures.closeOpenForReservation(event.courseId());
            return;
        }
        if (event.formKey() == FormKey.TO && event.correction() && type3 && event.epromAllowed()) {
            coursePatientForms.releasePatientForms(event.courseId());
        }
        if (event.formKey() == FormKey.TO && event.correction() && type3 && !event.epromAllowed()) {
            closures.closeUnsentForMissingConsent(event.courseId());
        }
        if (event.formKey() == FormKey.B22 && event.correction()) {
            moveOpioid(event.courseId());
        }
    }

    @EventListener
    void patientDied(PatientDied event) {
        courses.ofPatient(event.pid()).stream().filter(CourseRef::includesPatientForms)
                .forEach(c -> closures.closeOpenForDeath(c.id()));
    }

    @EventListener
    void patientReserved(PatientReserved event) {
        courses.ofPatient(event.pid()).stream().filter(CourseRef::includesPatientForms)
                .forEach(c -> closures.closeOpenForReservation(c.id()));
    }

    private void moveOpioid(Long courseId) {
        Date due = Date.from(dispatch.opioidSend(schedule.endDate(courseId), clock.now()));
        runtime.createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(courseId.toString())
                .variableValueEquals(PatientFormProcess.VAR_PATIENT_FORM, PatientFormType.OPIOID.name()).list()
                .forEach(instance -> {
                    Job waiting = management.createJobQuery().processInstanceId(instance.getId())
                            .activityId("Timer_Dispatch").singleResult();
                    if (waiting != null) {
                        management.setJobDuedate(waiting.getId(), due);
                    }
                });
    }
}
