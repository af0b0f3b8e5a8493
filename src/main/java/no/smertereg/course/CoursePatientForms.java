package no.smertereg.course;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import no.smertereg.course.process.CourseProcess;

/**
 * What the ePROM module tells a course about its patient forms. A type 3 course whose TO had no consent waits for
 * one of these: consent registered later releases its baseline patient forms (Pasreg, HADS); all its patient forms
 * closed (missing consent, reservation) ends the wait. The course pathway's message names stay in this module.
 */
@Service
public class CoursePatientForms {

    private final RuntimeService runtime;

    CoursePatientForms(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Consent is registered in a corrected TO: a course waiting for it orders its baseline patient forms. */
    public void releasePatientForms(Long courseId) {
        runtime.createMessageCorrelation(CourseProcess.MESSAGE_CONSENT_REGISTERED)
                .processInstanceBusinessKey(courseId.toString()).correlateAll();
    }

    /** All patient forms of the course are closed: a course waiting for consent stops waiting. */
    public void closePatientForms(Long courseId) {
        runtime.createMessageCorrelation(CourseProcess.MESSAGE_PATIENT_FORMS_CLOSED)
                .processInstanceBusinessKey(courseId.toString()).correlateAll();
    }
}
