package no.smertereg.eprom;

import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.process.PatientFormProcess;

/**
 * A patient form waiting on a patient-form diagram from before issue 17 catches neither {@code CourseDateChanged} nor
 * {@code CourseEndDateCorrected} (ADR 0011): when its form is planned from the end date in the newest course diagram, its waiting send is moved
 * here, until a system manager migrates it.
 */
@Component
class EarlierDiagramSends {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final PatientFormSchedule plans;

    EarlierDiagramSends(RuntimeService runtime, ManagementService management, PatientFormSchedule plans) {
        this.runtime = runtime;
        this.management = management;
        this.plans = plans;
    }

    void endDateCorrected(Long courseId) {
        for (ProcessInstance form : runtime.createProcessInstanceQuery().processDefinitionKey(PatientFormProcess.KEY)
                .processInstanceBusinessKey(courseId.toString()).list()) {
            if (catches(form, PatientFormProcess.MESSAGE_END_DATE_CORRECTED)
                    || catches(form, PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED)) {
                continue;
            }
            Job waiting = management.createJobQuery().processInstanceId(form.getId())
                    .activityId(PatientFormProcess.TIMER_DISPATCH).singleResult();
            Date due = waiting == null ? null : plans.fromCourseDate(courseId, plans.newestPlan(
                    (String) runtime.getVariable(form.getId(), PatientFormProcess.VAR_PATIENT_FORM)));
            if (due != null) {
                management.setJobDuedate(waiting.getId(), due);
            }
        }
    }

    private boolean catches(ProcessInstance form, String message) {
        return runtime.createEventSubscriptionQuery().processInstanceId(form.getId()).eventName(message).count() > 0;
    }
}
