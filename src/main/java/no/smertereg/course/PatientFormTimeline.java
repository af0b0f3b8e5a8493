package no.smertereg.course;

import java.time.Instant;
import java.util.List;

/**
 * The dates of a course's patient forms for its timeline: planned send, sent, and the next step (reminder or
 * lock), read from the engine and the dispatch ledger. Supplied by the ePROM module, so that courses do not depend
 * on it.
 */
public interface PatientFormTimeline {

    record Entry(String form, String state, Integer reasonCode, Instant plannedSendAt, Instant sentAt,
            Instant nextStepAt) {
    }

    List<Entry> of(CourseDirectory.CourseRef course);
}
