package no.smertereg.forms;

import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import no.smertereg.forms.RegistryDescriptor.DateRole;

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
        roles(key).forEach((role, ref) -> values.put(role, answers.get(ref.field())));
        return values;
    }

    /**
     * Publishes {@link CourseDateChanged} for each date role of the form on every finalise (the value may have been
     * changed by a draft before, which a role not following drafts did not publish), and on a draft save that changed
     * the value of a role that follows drafts. Planning again from an unchanged date keeps the time.
     */
    void saved(Long courseId, FormKey key, Map<String, Object> before, Map<String, Object> after, boolean finalised) {
        roles(key).forEach((role, ref) -> {
            if (finalised || (ref.drafts() && !Objects.equals(text(before.get(role)), text(after.get(ref.field()))))) {
                events.publishEvent(new CourseDateChanged(courseId, registries.of(key).descriptor().id(), role));
            }
        });
    }

    /** The form's date roles by name. */
    private Map<String, DateRole> roles(FormKey key) {
        Map<String, DateRole> roles = new java.util.HashMap<>();
        registries.of(key).dateRoles().forEach((role, ref) -> {
            if (ref.form().equals(key.formId())) {
                roles.put(role, ref);
            }
        });
        return roles;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
