package no.smertereg.course;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.smertereg.patients.DemoPersons;

/**
 * Demo mode only, on an empty registry: finished courses in three units, started over the last months, so that the
 * worklist, the course pages and the reports have something to show ({@link DemoCourses}, as the user
 * {@value DemoCourses#ACTOR}), then each registry's demo file ({@link DemoDefinedCourses}). Off in the tests ({@code registry.demo-courses}); they seed units of their own.
 */
@Component
@Order(3)
@ConditionalOnExpression("${registry.demo-mode:false} and ${registry.demo-courses:false}")
class DemoCourseLoader implements ApplicationRunner {

    static final List<String> UNITS = List.of("100082", "100089", "100320");
    static final int PER_UNIT = 30;
    private static final Logger log = LoggerFactory.getLogger(DemoCourseLoader.class);

    private final CourseRepository courses;
    private final DemoCourses demo;
    private final DemoPersons persons;
    private final DemoDefinedCourses defined;

    DemoCourseLoader(CourseRepository courses, DemoCourses demo, DemoPersons persons, DemoDefinedCourses defined) {
        this.defined = defined;
        this.courses = courses;
        this.demo = demo;
        this.persons = persons;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (courses.count() > 0) {
            return;
        }
        int taken = UNITS.size() * PER_UNIT;
        int made = demo.seed(UNITS, persons.nationalIds(taken), PER_UNIT).size();
        log.info("Demo courses ready: {} finished courses in units {}", made, UNITS);
        for (DemoDefinedCourses.RegistryDemo registry : defined.demos()) {
            int count = registry.units().size() * registry.perUnit();
            List<String> all = persons.nationalIds(taken + count);
            List<String> ids = all.subList(Math.min(taken, all.size()), Math.min(taken + count, all.size()));
            taken += count;
            log.info("Demo courses of {} ready: {} in units {}", registry.registry(), defined.seed(registry, ids),
                    registry.units());
        }
    }
}
