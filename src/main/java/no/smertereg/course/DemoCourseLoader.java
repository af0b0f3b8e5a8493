package no.smertereg.course;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.UnitRole;
import no.smertereg.course.CourseApi.CreateCourseRequest;
import no.smertereg.course.CourseApi.FormAnswersRequest;
import no.smertereg.forms.FormKey;
import no.smertereg.patients.DemoPersons;
import no.smertereg.shared.RegistryClock;

/**
 * Demo mode only, on an empty registry: finished courses in three units, started over the last months, so that the
 * worklist, the course pages and the reports have something to show. Registered through the same services as a
 * clinician, as the user {@value #ACTOR} (the audit log says so). Off in the tests ({@code registry.demo-courses}).
 */
@Component
@Order(3)
@ConditionalOnExpression("${registry.demo-mode:false} and ${registry.demo-courses:false}")
class DemoCourseLoader implements ApplicationRunner {

    static final String ACTOR = "demodata";
    private static final List<String> UNITS = List.of("100082", "100089", "100320");
    private static final int PER_UNIT = 14;
    private static final Logger log = LoggerFactory.getLogger(DemoCourseLoader.class);

    private final CourseRepository courses;
    private final CourseService service;
    private final CourseFormsService forms;
    private final OrganisationService organisation;
    private final DemoPersons persons;
    private final RegistryClock clock;

    DemoCourseLoader(CourseRepository courses, CourseService service, CourseFormsService forms,
            OrganisationService organisation, DemoPersons persons, RegistryClock clock) {
        this.courses = courses;
        this.service = service;
        this.forms = forms;
        this.organisation = organisation;
        this.persons = persons;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (courses.count() > 0) {
            return;
        }
        List<String> people = persons.nationalIds(UNITS.size() * PER_UNIT);
        int made = 0;
        for (int u = 0; u < UNITS.size(); u++) {
            String unit = UNITS.get(u);
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                    RegistryUser.of(ACTOR, Set.of(new UnitRole(unit, Role.LU))), null, List.of()));
            try {
                Long department = organisation.departmentsOf(unit).get(0).getId();
                for (int i = 0; i < PER_UNIT && u * PER_UNIT + i < people.size(); i++) {
                    made += course(people.get(u * PER_UNIT + i), department, u * PER_UNIT + i) ? 1 : 0;
                }
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        log.info("Demo courses ready: {} finished courses in units {}", made, UNITS);
    }

    private boolean course(String nationalId, Long department, int i) {
        try {
            Long id = service.register(new CreateCourseRequest(nationalId, department, null)).id();
            LocalDate start = clock.today().minusDays(12L + 5L * i);
            DemoAnswers answers = new DemoAnswers(i, start);
            finalise(id, FormKey.TO, answers.to());
            finalise(id, FormKey.B11, answers.b11());
            if (!answers.seen()) {
                return true;
            }
            finalise(id, FormKey.B12, answers.b12());
            finalise(id, FormKey.B21, answers.b21());
            finalise(id, FormKey.B22, answers.b22());
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo course {} not finished: {}", i, e.getMessage());
            return false;
        }
    }

    private void finalise(Long id, FormKey key, Map<String, Object> answers) {
        long version = forms.get(id, key).version();
        forms.finalise(id, key, new FormAnswersRequest(version, new HashMap<>(answers)));
    }
}
