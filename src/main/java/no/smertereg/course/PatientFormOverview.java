package no.smertereg.course;

import java.util.List;
import java.util.Map;

import no.smertereg.course.CourseDirectory.CourseRef;

/**
 * What the worklist shows of each course's patient forms (P5, P11): per form (PASREG, HADS, EVAL, OPIOID) its state
 * and reason code. Supplied by the ePROM module, so that courses do not depend on it.
 */
public interface PatientFormOverview {

    record PatientFormMark(String state, Integer reasonCode) {
    }

    /** Type-3 courses only; other courses are left out. */
    Map<Long, Map<String, PatientFormMark>> of(List<CourseRef> courses);
}
