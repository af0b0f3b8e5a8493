package no.smertereg.course.process;

import no.smertereg.forms.FormKey;

/** An open user task for a clinician form: in the course process, or a correction after an unlock. */
public record FormTask(String taskId, Long courseId, FormKey formKey, boolean correction, String processInstanceId) {
}
