package no.smertereg.course;

import java.util.Map;

/** Demo mode: a demo course's patient forms to be answered (on paper), by form file id, before it is finalised. */
public record DemoPatientAnswers(Long courseId, Map<String, Map<String, Object>> byFormId) {
}
