package no.smertereg.eprom.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.CourseConditions;
import no.smertereg.eprom.CourseDateMoves;
import no.smertereg.eprom.PatientFormClosures;
import no.smertereg.eprom.PatientFormDispatch;
import no.smertereg.eprom.PatientFormSchedule;
import no.smertereg.eprom.PatientFormStatuses;
import no.smertereg.eprom.PatientFormType;
import no.smertereg.eprom.PatientFormTypes;

/**
 * The one bean the diagrams call for patient forms ({@code ${eprom.…}} in patient-form.bpmn and in the course
 * diagrams' call activities). Sends, reminders and locks are idempotent on the instance and activity: a retry or a
 * second node does not notify again.
 */
@Component("eprom")
public class EpromPathway {

    private final PatientFormSchedule schedule;
    private final PatientFormDispatch dispatch;
    private final PatientFormClosures closures;
    private final PatientFormStatuses statuses;
    private final PatientFormTypes types;
    private final CourseDateMoves moves;
    private final CourseConditions conditions;

    EpromPathway(PatientFormSchedule schedule, PatientFormDispatch dispatch, PatientFormClosures closures,
            PatientFormStatuses statuses, PatientFormTypes types, CourseDateMoves moves, CourseConditions conditions) {
        this.moves = moves;
        this.conditions = conditions;
        this.types = types;
        this.schedule = schedule;
        this.dispatch = dispatch;
        this.closures = closures;
        this.statuses = statuses;
    }

    public Date plannedSend(DelegateExecution execution) {
        return schedule.planned(execution);
    }

    public boolean tooLate(DelegateExecution execution) {
        return schedule.tooLate(execution);
    }

    public Date nextSend(DelegateExecution execution) {
        return schedule.nextSend(execution);
    }

    public boolean isClosed(DelegateExecution execution) {
        return closures.isClosed(execution);
    }

    public boolean patientDead(DelegateExecution execution) {
        return closures.patientDead(execution);
    }

    public boolean withoutContact(DelegateExecution execution) {
        return statuses.withoutContact(execution);
    }

    public void send(DelegateExecution execution) {
        dispatch.send(courseId(execution), form(execution), onceKey(execution),
                schedule.courseDate(execution).orElse(null), execution.getProcessInstanceId());
    }

    public void remind(DelegateExecution execution) {
        dispatch.remind(courseId(execution), form(execution), onceKey(execution));
    }

    public void lockUnanswered(DelegateExecution execution) {
        dispatch.lockUnanswered(courseId(execution), form(execution), onceKey(execution));
    }

    /** The no-contact wait ran out: locked as never sent (reason 8), not as unanswered. */
    public void lockNotSent(DelegateExecution execution) {
        dispatch.lockNotSent(courseId(execution), form(execution), onceKey(execution));
    }

    /**
     * For a course diagram's gateway, {@code ${eprom.daysMovedSinceSent(execution, 'FORM') > 30}}: how many days the
     * course date the form went out for has moved since (0 while it is not sent).
     */
    public long daysMovedSinceSent(DelegateExecution execution, String form) {
        return moves.daysMovedSinceSent(courseId(execution), types.of(form));
    }

    /**
     * For a course diagram's gateway, {@code ${eprom.answered(execution, 'FORM')}}: the patient has answered the
     * course's form (NNRR: its form before treatment carries the consent, which cannot be submitted unticked).
     */
    public boolean answered(DelegateExecution execution, String form) {
        return statuses.answered(courseId(execution), types.of(form));
    }

    /**
     * For a course diagram's gateway, {@code ${eprom.holds(execution, 'REGISTRERING.Tolkebehov = "1"')}}: FEEL over
     * the course's finalised clinician forms and answered patient forms by code, {@code sent} and {@code answered}
     * (codes), {@code legalBasis} and {@code patientAge} (docs/registries.md). Only true is yes.
     */
    public boolean holds(DelegateExecution execution, String expression) {
        return conditions.holds(courseId(execution), execution.getVariable("legalBasis"), expression);
    }

    /**
     * For a course diagram's timer, {@code ${eprom.at(execution, 'firstConsultation', 'P12M', '09:00')}}: that time
     * of day, the period after the course's date role (today while the date is empty).
     */
    public Date at(DelegateExecution execution, String dateRole, String offset, String time) {
        return conditions.at(courseId(execution), dateRole, offset, time);
    }

    /** A form ordered for a patient already dead is closed with reason 3 and nothing is sent. */
    public void closeDeceased(DelegateExecution execution) {
        closures.closeBeforeOrderForDeath(courseId(execution), form(execution));
    }

    private static Long courseId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }

    private PatientFormType form(DelegateExecution execution) {
        return types.of((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
    }

    private static String onceKey(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }
}
