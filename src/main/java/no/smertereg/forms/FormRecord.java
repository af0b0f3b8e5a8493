package no.smertereg.forms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A form of a course as the other modules and the API see it. */
public record FormRecord(Long courseId, FormKey formKey, FormState state, long version, Map<String, Object> answers,
        String valueSetVersion, String internalComment, Instant savedAt, String savedBy, Instant finalisedAt,
        String finalisedBy, List<Event> events) {

    /** One finalise, unlock (with its reason) or comment. */
    public record Event(FormAction action, String reason, String actor, Instant at) {
    }

    public boolean hasComment() {
        return internalComment != null;
    }
}
