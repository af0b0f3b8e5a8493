package no.smertereg.eprom;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.smertereg.course.FormFinalised;
import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.FormKey;

/**
 * The course's forms move its patient forms: consent registered in a corrected TO releases Pasreg and HADS, and a
 * corrected B2.2 end date moves the Opioid send while it is still waiting.
 */
@Component
class PatientFormsOnCourseEvents {

    static final String MESSAGE_CONSENT_REGISTERED = "ConsentRegistered";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PatientFormSchedule schedule;
    private final DispatchSchedule dispatch;

    PatientFormsOnCourseEvents(RuntimeService runtime, ManagementService management, PatientFormSchedule schedule,
            DispatchSchedule dispatch) {
        this.runtime = runtime;
        this.management = management;
        this.schedule = schedule;
        this.dispatch = dispatch;
    }

    @EventListener
    void formFinalised(FormFinalised event) {
        if (event.formKey() == FormKey.TO && event.correction() && event.consent()
                && Integer.valueOf(3).equals(event.courseType())) {
            runtime.createMessageCorrelation(MESSAGE_CONSENT_REGISTERED)
                    .processInstanceBusinessKey(event.courseId().toString()).correlateAll();
        }
        if (event.formKey() == FormKey.B22 && event.correction()) {
            moveOpioid(event.courseId());
        }
    }

    private void moveOpioid(Long courseId) {
        Date due = Date.from(dispatch.opioidSend(schedule.endDate(courseId)));
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
