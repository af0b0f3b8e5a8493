package no.smertereg.eprom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import no.smertereg.eprom.process.PatientFormProcess;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDescriptor.Roles;
import no.smertereg.shared.RegistryClock;

/**
 * A patient form's send time from the schedule its course diagram gives it (variables {@code sendTime},
 * {@code sendDelay}, and {@code sendRelativeTo} with {@code sendOffset}: a date role of the course and an ISO period
 * from it, ADR 0016; {@code sendAfterEndDate} in diagrams before it means the same from {@code endDate}); the calendar
 * arithmetic is {@link DispatchSchedule}'s. A form started before the schedule was in the diagram has none of them:
 * it follows the newest course diagram's schedule for its form (a corrected end date moves an Opioid started then too).
 */
@Component("patientFormPlans")
public class PatientFormSchedule {

    private static final String[] SCHEDULE = {PatientFormProcess.VAR_SEND_DELAY,
        PatientFormProcess.VAR_SEND_AFTER_END_DATE, PatientFormProcess.VAR_SEND_RELATIVE_TO,
        PatientFormProcess.VAR_SEND_OFFSET};

    private final DispatchSchedule schedule;
    private final CourseDates dates;
    private final Registries registries;
    private final RegistryClock clock;

    public PatientFormSchedule(DispatchSchedule schedule, CourseDates dates, Registries registries,
            RegistryClock clock) {
        this.schedule = schedule;
        this.dates = dates;
        this.registries = registries;
        this.clock = clock;
    }

    /**
     * When the form goes out: its offset from the course date it is planned from (again after that date changed),
     * otherwise the next send time after it was ordered (a re-plan keeps that time).
     */
    public Date planned(DelegateExecution execution) {
        Map<String, String> plan = plan(execution);
        Date planned = (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT);
        Date fromDate = fromCourseDate(courseId(execution), plan, planned);
        if (fromDate != null) {
            return fromDate;
        }
        return planned != null ? planned : nextSend(plan, null);
    }

    /** Catch-up: a send that fires after the cut-off hour of its planned day waits for the next send time. */
    public boolean tooLate(DelegateExecution execution) {
        Date planned = (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT);
        return schedule.tooLate(planned.toInstant(), clock.now());
    }

    public Date nextSend(DelegateExecution execution) {
        return nextSend(plan(execution), (Date) execution.getVariable(PatientFormProcess.VAR_DISPATCH_AT));
    }

    /** The next send time from now of a form with this plan (its send time, else the one it was planned for). */
    public Date nextSend(Map<String, String> plan, Date planned) {
        return Date.from(schedule.nextSend(clock.now(), sendTime(plan, planned), delay(plan)));
    }

    /** When a form with this plan goes out relative to a course date; null for a form not planned from one. */
    public Date fromCourseDate(Long courseId, Map<String, String> plan) {
        return fromCourseDate(courseId, plan, null);
    }

    private Date fromCourseDate(Long courseId, Map<String, String> plan, Date planned) {
        String role = role(plan);
        if (role == null) {
            return null;
        }
        String offset = plan.containsKey(PatientFormProcess.VAR_SEND_RELATIVE_TO)
                ? plan.get(PatientFormProcess.VAR_SEND_OFFSET) : plan.get(PatientFormProcess.VAR_SEND_AFTER_END_DATE);
        return Date.from(schedule.fromDate(dates.date(courseId, role), offset == null ? Period.ZERO
                : Period.parse(offset), sendTime(plan, planned), delay(plan), clock.now()));
    }

    /** The course date this instance's form is planned from, as the course holds it now (none: from its order). */
    public Optional<LocalDate> courseDate(DelegateExecution execution) {
        return Optional.ofNullable(role(plan(execution))).map(role -> dates.date(courseId(execution), role));
    }

    /** The course date a form of this code is planned from in the newest course diagram, as the course holds it now. */
    public Optional<LocalDate> courseDate(Long courseId, String code) {
        return Optional.ofNullable(role(newestPlan(code))).map(role -> dates.date(courseId, role));
    }

    /** The date role a plan sends relative to ({@code sendAfterEndDate} of earlier diagrams: the end date). */
    private static String role(Map<String, String> plan) {
        String role = plan.get(PatientFormProcess.VAR_SEND_RELATIVE_TO);
        return role == null && plan.containsKey(PatientFormProcess.VAR_SEND_AFTER_END_DATE) ? Roles.END_DATE : role;
    }

    /** The newest course diagram's schedule of a patient form (empty when it no longer calls it). */
    public Map<String, String> newestPlan(String code) {
        return registries.patientForm(code).map(PatientFormEntry::inputs).orElse(Map.of());
    }

    private Map<String, String> plan(DelegateExecution execution) {
        Object time = execution.getVariable(PatientFormProcess.VAR_SEND_TIME);
        if (time == null) {
            return newestPlan((String) execution.getVariable(PatientFormProcess.VAR_PATIENT_FORM));
        }
        Map<String, String> plan = new java.util.HashMap<>();
        plan.put(PatientFormProcess.VAR_SEND_TIME, time.toString());
        for (String name : SCHEDULE) {
            Object value = execution.getVariable(name);
            if (value != null) {
                plan.put(name, value.toString());
            }
        }
        return plan;
    }
    /** The plan's send time, else (a form the newest diagram no longer calls) the time of day it was planned for. */
    private static LocalTime sendTime(Map<String, String> plan, Date planned) {
        String time = plan.get(PatientFormProcess.VAR_SEND_TIME);
        if (time != null) {
            return LocalTime.parse(time);
        }
        if (planned == null) {
            throw new IllegalStateException("A patient form with no send time in its course diagram");
        }
        return Instant.ofEpochMilli(planned.getTime()).atZone(RegistryClock.ZONE).toLocalTime();
    }

    private static Duration delay(Map<String, String> plan) {
        String delay = plan.get(PatientFormProcess.VAR_SEND_DELAY);
        return delay == null ? Duration.ZERO : Duration.parse(delay);
    }

    private static Long courseId(DelegateExecution execution) {
        return Long.valueOf(execution.getProcessBusinessKey());
    }
}
