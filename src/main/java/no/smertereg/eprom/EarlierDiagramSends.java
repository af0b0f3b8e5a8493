package no.smertereg.eprom;

import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
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

    private static final Set<String> DATE_MESSAGES = Set.of(PatientFormProcess.MESSAGE_END_DATE_CORRECTED,
            PatientFormProcess.MESSAGE_COURSE_DATE_CHANGED);

    private final DiagramMessages messages;
    private final ManagementService management;
    private final PatientFormSchedule plans;

    EarlierDiagramSends(DiagramMessages messages, ManagementService management, PatientFormSchedule plans) {
        this.messages = messages;
        this.management = management;
        this.plans = plans;
    }

    /**
     * The course's patient forms ({@code forms}, with the form each is for) whose diagram catches neither message get
     * their waiting send moved; whether a diagram catches them is read from the diagram once per definition.
     */
    void endDateCorrected(Long courseId, List<ProcessInstance> forms, Function<ProcessInstance, String> formOf) {
        for (ProcessInstance form : forms) {
            if (catchesDateMessages(form.getProcessDefinitionId())) {
                continue;
            }
            Job waiting = management.createJobQuery().processInstanceId(form.getId())
                    .activityId(PatientFormProcess.TIMER_DISPATCH).singleResult();
            Date due = waiting == null ? null : plans.fromCourseDate(courseId, plans.newestPlan(formOf.apply(form)));
            if (due != null) {
                management.setJobDuedate(waiting.getId(), due);
            }
        }
    }

    /**
     * The diagram waits for its send inside a scope that catches {@code CourseDateChanged} or
     * {@code CourseEndDateCorrected}: a form waiting on it is told of the date by message.
     */
    private boolean catchesDateMessages(String processDefinitionId) {
        return DATE_MESSAGES.stream().anyMatch(message -> messages.catchesByEvent(processDefinitionId, message));
    }
}
