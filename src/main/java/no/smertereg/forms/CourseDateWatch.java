package no.smertereg.forms;

import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells, for a form about to be saved, which of its registry's date roles the save changes. */
@Component
class CourseDateWatch {

    private final Registries registries;
    private final ApplicationEventPublisher events;

    CourseDateWatch(Registries registries, ApplicationEventPublisher events) {
        this.registries = registries;
        this.events = events;
    }

    /** The date roles' values the form holds before its save. */
    Map<String, Object> before(FormKey key, Map<String, Object> answers) {
        Map<String, Object> values = new java.util.HashMap<>();
        roles(key).forEach((role, field) -> values.put(role, answers.get(field)));
        return values;
    }

    /** Publishes {@link CourseDateChanged} for each date role whose value the save changed. */
    void saved(Long courseId, FormKey key, Map<String, Object> before, Map<String, Object> after) {
        roles(key).forEach((role, field) -> {
            if (!Objects.equals(text(before.get(role)), text(after.get(field)))) {
                events.publishEvent(new CourseDateChanged(courseId, registries.of(key).descriptor().id(), role));
            }
        });
    }

    /** The form's date roles: role name to field. */
    private Map<String, String> roles(FormKey key) {
        Map<String, String> roles = new java.util.HashMap<>();
        registries.of(key).dateRoles().forEach((role, ref) -> {
            if (ref.form().equals(key.formId())) {
                roles.put(role, ref.field());
            }
        });
        return roles;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
