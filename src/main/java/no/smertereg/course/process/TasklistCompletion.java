package no.smertereg.course.process;

import java.util.Map;

import no.smertereg.forms.FormKey;

/** What the course module does when a form task is completed in Tasklist rather than through the registry. */
public interface TasklistCompletion {

    /**
     * Refuses (with the reason) a Tasklist submission that would not finalise the form: a variable that is not a
     * field of the form, or answers that, added to what is stored, do not pass the form's checks.
     */
    void check(Long courseId, FormKey formKey, boolean correction, Map<String, Object> submitted);

    /**
     * Validates the answers (stored ones overlaid with the submitted ones) and locks the form. {@code variables}
     * are all the task sees: besides form fields, only the routing variables with their expected values pass.
     * Returns the routing variables to set.
     */
    Map<String, Object> finalise(Long courseId, FormKey formKey, boolean correction, Map<String, Object> variables,
            String userId);

    /** Called when a course or correction instance ends: the course is complete when nothing is open. */
    void courseProcessEnded(Long courseId, String processInstanceId);
}
