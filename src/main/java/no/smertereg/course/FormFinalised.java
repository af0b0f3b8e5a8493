package no.smertereg.course;

import no.smertereg.forms.FormKey;

/**
 * Published in the transaction that finalises a clinician form (first time or after a correction), with what TO
 * has decided so far: the course type, whether patient forms may be sent (the course is in the national registry,
 * P2, R1) and, on the finalise of the course-type form (TO), whether the patient has reserved (R2; false on the
 * other forms, whose finalise does not look it up). Other modules react to it; the course module does not know them.
 */
public record FormFinalised(Long courseId, FormKey formKey, boolean correction, Integer courseType,
        boolean epromAllowed, boolean patientReserved) {

    /** The course's type is decided and sends patient forms. */
    public boolean includesPatientForms() {
        CourseType type = CourseType.ofCode(courseType);
        return type != null && type.includesPatientForms();
    }
}
