package no.smertereg.eprom;

import java.time.LocalDate;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.smertereg.course.CourseDirectory;
import no.smertereg.course.CourseDirectory.CourseRef;
import no.smertereg.forms.IndicatorRules;
import no.smertereg.forms.PatientFormEntry;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.patients.PatientService;
import no.smertereg.shared.RegistryClock;

/**
 * A course diagram's condition over the course's forms, {@code ${eprom.holds(execution, 'FEEL')}} (OPR's exclusions
 * from follow-up and its consent, O2), and a timer's date from a course date. The FEEL sees {@link CourseContexts}'s
 * variables, {@code legalBasis}, {@code patientAge} (whole years today) and {@code dates}, the course's date roles as
 * saved (draft or finalised; null while empty). Nothing of the answers reaches a process variable.
 */
@Component
public class CourseConditions {

    static final String LEGAL_BASIS = "legalBasis";
    static final String PATIENT_AGE = "patientAge";
    static final String DATES = "dates";

    private final CourseContexts contexts;
    private final IndicatorRules rules;
    private final CourseDirectory courses;
    private final Registries registries;
    private final PatientService patients;
    private final RegistryClock clock;
    private final PatientFormSchedule schedule;
    private final CourseDates dates;

    CourseConditions(CourseContexts contexts, IndicatorRules rules, CourseDirectory courses, Registries registries,
            PatientService patients, RegistryClock clock, PatientFormSchedule schedule, CourseDates dates) {
        this.schedule = schedule;
        this.dates = dates;
        this.contexts = contexts;
        this.rules = rules;
        this.courses = courses;
        this.registries = registries;
        this.patients = patients;
        this.clock = clock;
    }

    /** False for a course deleted since: a deleted course takes no branch that needs its forms. */
    public boolean holds(Long courseId, Object legalBasis, String expression) {
        CourseRef course = courses.find(courseId).orElse(null);
        if (course == null) {
            return false;
        }
        RegistryDefinitions registry = registries.of(course.registryId());
        Map<String, Object> context = new HashMap<>(contexts.of(registry, List.of(courseId), false).get(courseId));
        context.put(LEGAL_BASIS, legalBasis == null ? null : legalBasis.toString());
        Map<String, Object> given = new HashMap<>();
        registry.dateRoles().keySet().forEach(role -> given.put(role, dates.given(courseId, role).orElse(null)));
        context.put(DATES, given);
        LocalDate born = patients.get(course.pid()).getBirthDate();
        context.put(PATIENT_AGE, born == null ? null : Period.between(born, clock.today()).getYears());
        return rules.holds(expression, context);
    }

    /** That time of day the period after the course's date role, on the registry's calendar (Europe/Oslo). */
    public Date at(Long courseId, String dateRole, String offset, String time) {
        return schedule.fromCourseDate(courseId, Map.of(PatientFormEntry.SEND_RELATIVE_TO, dateRole,
                PatientFormEntry.SEND_OFFSET, offset, PatientFormEntry.SEND_TIME, time));
    }
}
