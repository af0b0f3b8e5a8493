package no.smertereg.course;

import java.util.Map;

import org.springframework.stereotype.Component;

import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.forms.RegistryRouting;

/**
 * A registry whose routing applies {@code atCreation} (ADR 0016) gets its course type and registry from the rules
 * applied to the empty course-type form when the course is created: its diagram can order patient forms before that
 * form is finalised, and the finalise routes again. Other registries' courses have no type until the finalise.
 */
@Component
class CreationRouting {

    private final Registries registries;
    private final RegistryRouting routing;
    private final CourseReservation reservation;

    CreationRouting(Registries registries, RegistryRouting routing, CourseReservation reservation) {
        this.registries = registries;
        this.routing = routing;
        this.reservation = reservation;
    }

    /** Applies the rules to the new course when its registry asks for it; the diagram's start variables. */
    Map<String, Object> route(Course course) {
        RegistryDefinitions registry = registries.of(course.getRegistryId());
        if (!registry.descriptor().routing().atCreation()) {
            return Map.of();
        }
        boolean reserved = reservation.reserved(course);
        CourseRouting decided = CourseRouting.of(routing.decide(registry, Map.of()), Map.of(),
                course.getLegalBasis(), reserved);
        course.apply(decided);
        return decided.variables(reserved);
    }
}
