package no.smertereg.forms;

import java.util.List;
import java.util.Map;

/**
 * Variables the platform gives the forms' conditions ({@code conditional.hide}) beside the form's own answers, so
 * that a {@code .form} file can follow facts of the course it is filled in for. The course module provides them
 * (docs/registries.md lists them); a field key must not be one of their names.
 */
public interface FormVariables {

    /** The legal basis in force for the course (R1, ADR 0005): {@code "CONSENT"} or {@code "RESERVATION"}. */
    String LEGAL_BASIS = "legalBasis";

    /** The variables for the forms of this course. */
    Map<String, Object> ofCourse(Long courseId);

    /**
     * The variables a course registered now in the registry of this form would get (a form's preview); empty for
     * a form of no registry's course.
     */
    Map<String, Object> ofNewCourse(String formId);

    /** Each variable with the values it can take, in order (a preview lets them be chosen). */
    Map<String, List<String>> values();
}
