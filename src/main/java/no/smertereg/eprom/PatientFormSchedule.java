package no.smertereg.eprom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.shared.RegistryClock;

/**
 * A patient form's send time from the schedule its course diagram gives it (variables {@code sendTime},
 * {@code sendDelay}, {@code sendAfterEndDate}); the calendar arithmetic is {@link DispatchSchedule}'s.
 */
@Component("patientFormPlans")
public class PatientFormSchedule {

    private final DispatchSchedule schedule;
    private final CourseEndDates endDates;
    private final RegistryClock clock;

    public PatientFormSchedule(DispatchSchedule schedule, CourseEndDates endDates, RegistryClock clock) {
        this.schedule = schedule;
        this.endDates = endDates;
        this.clock = clock;
    }

    /**
     * When the form goes out: {@code sendAfterEndDate} after the course's end date (again after a corrected end
     * date), otherwise the next send time after it was ordered (a re-plan keeps that time).
     */
    public Date planned(DelegateExecution execution) {
        Object afterEndDate = execution.getVariable(PatientFormProcess.VAR_SEND_AFTER_END_DATE);
        Date planned = (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT);
        if (afterEndDate != null) {
            return Date.from(schedule.afterEndDate(endDates.endDate(courseId(execution)), Period.parse(afterEndDate.toString()),
                    sendTime(execution), delay(execution), clock.now()));
        }
        return planned != null ? planned : Date.from(schedule.nextSend(clock.now(), sendTime(execution),
                delay(execution)));
    }

    /** Catch-up: a send that fires after the cut-off hour of its planned day waits for the next send time. */
    public boolean tooLate(DelegateExecution execution) {
        Date planned = (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT);
        return schedule.tooLate(planned.toInstant(), clock.now());
    }

    public Date nextSend(DelegateExecution execution) {
        return Date.from(schedule.nextSend(clock.now(), sendTime(execution), delay(execution)));
    }

    /** A form started before the schedule was in the diagram keeps the time of day it was planned for. */
    private LocalTime sendTime(DelegateExecution execution) {
        Object time = execution.getVariable(PatientFormProcess.VAR_SEND_TIME);
        if (time == null) {
            Instant planned = ((Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT)).toInstant();
            return planned.atZone(RegistryClock.ZONE).toLocalTime();
        }
        return LocalTime.parse(time.toString());
    }

    private static Duration delay(DelegateExecution execution) {
        Object delay = execution.getVariable(PatientFormProcess.VAR_SEND_DELAY);
        return delay == null ? Duration.ZERO : Duration.parse(delay.toString());
    }

    private static Long courseId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
