package no.smertereg.course.process;

import java.util.Map;
import java.util.Set;

import no.smertereg.forms.FormKey;

/** What the course module does when a form task is completed in Tasklist rather than through the registry. */
public interface TasklistCompletion {

    /** Validates and stores the submitted answers, locks the form; returns the routing variables to set. */
    Outcome finalise(Long courseId, FormKey formKey, boolean correction, Map<String, Object> submitted,
            String userId);

    /** Called when a course's process instance reaches its end. */
    void courseProcessEnded(Long courseId, String processInstanceId);

    /** The routing variables for the engine, and the submitted form fields to remove from it. */
    record Outcome(Map<String, Object> routingVariables, Set<String> formFields) {
    }
}
