package no.smertereg.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import no.smertereg.shared.RegistryException;

/**
 * Which components of a form the answers hide, for the pages: the server's own evaluation of the forms' conditions
 * ({@link FormValidator#hidden}) with the platform's variables of the course ({@link FormVariables}). A page renders
 * with these components hidden and asks again as the user answers; nothing is stored.
 */
@Component
public class FormVisibility {

    private final FormValidator validator;
    private final Supplier<FormVariables> variables;

    FormVisibility(FormValidator validator, ObjectProvider<FormVariables> variables) {
        this.validator = validator;
        this.variables = SingletonSupplier.of(variables::getIfAvailable);
    }

    /** The hidden components for these answers on a course's form, or 400 naming a field that is no answer. */
    public Set<String> ofCourse(Long courseId, FormDefinition form, Map<String, ?> answers) {
        return validator.hidden(form, answers, courseVariables(courseId));
    }

    /**
     * As {@link #ofCourse}, for rendering a page with answers as they are (stored, or sent back with a refusal):
     * answers that are no answers hide nothing, the page's script asks again.
     */
    public Set<String> forPage(Long courseId, FormDefinition form, Map<String, ?> answers) {
        try {
            return ofCourse(courseId, form, answers);
        } catch (RegistryException e) {
            return Set.of();
        }
    }

    /** The hidden components of a form's preview, with the variables chosen on it. */
    public Set<String> preview(FormDefinition form, Map<String, ?> answers, Map<String, Object> chosen) {
        return validator.hidden(form, answers, chosen);
    }

    /** The platform's variables, each with its possible values (empty when no module provides any). */
    public Map<String, List<String>> variableValues() {
        FormVariables source = variables.get();
        return source == null ? Map.of() : source.values();
    }

    /** The variables a course registered now in the form's registry gets: a preview's default. */
    public Map<String, Object> newCourseVariables(FormDefinition form) {
        FormVariables source = variables.get();
        return source == null ? Map.of() : source.ofNewCourse(form.id());
    }

    /** The platform's variables for the forms of this course. */
    public Map<String, Object> courseVariables(Long courseId) {
        FormVariables source = variables.get();
        return source == null ? Map.of() : source.ofCourse(courseId);
    }
}
