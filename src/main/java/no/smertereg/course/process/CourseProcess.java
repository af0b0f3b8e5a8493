package no.smertereg.course.process;

import java.util.Set;

import no.smertereg.engine.RoutingVariables;
import no.smertereg.forms.FormVariables;

/**
 * Names shared by the course BPMNs and the code: the correction pathway's key, element ids, variables, messages.
 * A registry's course diagram is named by its descriptor ({@code diagrams.course}).
 */
public final class CourseProcess {

    public static final String CORRECTION = "form-correction";

    public static final String GATEWAY_COURSE_TYPE = "Gateway_CourseType";
    public static final String MESSAGE_CONSENT_REGISTERED = "ConsentRegistered";
    public static final String MESSAGE_PATIENT_FORMS_CLOSED = "PatientFormsClosed";

    /** The hospital unit (RESH id) and the registry: together the instance's tenant (ADR 0017). */
    public static final String VAR_UNIT = RoutingVariables.UNIT;
    public static final String VAR_REGISTRY = RoutingVariables.REGISTRY;
    /** 1, 2 or 3, set when TO is finalised; the course-type gateway reads it. */
    public static final String VAR_COURSE_TYPE = "courseType";
    /**
     * True when the course is in the national registry (consent given under the consent basis, not reserved under
     * the reservation basis): Pasreg and HADS may be sent (P2, R1). Set when TO is finalised.
     */
    public static final String VAR_EPROM_ALLOWED = "epromAllowed";
    /** True when the patient has reserved against the national registry (R2): no patient forms, nothing to wait for. */
    public static final String VAR_PATIENT_RESERVED = "patientReserved";
    /**
     * The legal basis the course keeps (CONSENT or RESERVATION, R1), set on every course and correction instance so
     * that the forms' conditions read it in Tasklist as on the registry's pages.
     */
    public static final String VAR_LEGAL_BASIS = FormVariables.LEGAL_BASIS;
    /** TO, B11, B12, B21 or B22: which form a correction is for. */
    public static final String VAR_FORM_KEY = "formKey";
    /** Correction: the corrected form's file (the generic task's formRef) and label (its name). */
    public static final String VAR_FORM_ID = "formId";
    public static final String VAR_FORM_LABEL = "formLabel";
    /** The only variables the engine's history keeps (patient-form instances add the form and its send time). */
    public static final Set<String> ROUTING_VARIABLES = Set.of(VAR_UNIT, VAR_REGISTRY, VAR_COURSE_TYPE, VAR_EPROM_ALLOWED, VAR_PATIENT_RESERVED,
            VAR_LEGAL_BASIS, VAR_FORM_KEY, VAR_FORM_ID, VAR_FORM_LABEL, "patientForm", "dispatchAt");

    private CourseProcess() {
    }
}
