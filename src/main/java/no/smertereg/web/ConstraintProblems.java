package no.smertereg.web;

import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;

import no.smertereg.shared.FieldProblem;

/**
 * A bean-validation refusal ({@code @NotNull}, {@code @NotBlank}, {@code @Size} on a request) as the registry's own
 * message naming the field, in the request's language: "departmentId: må fylles ut.", never the validator's
 * English default ("must not be null").
 */
final class ConstraintProblems {

    private ConstraintProblems() {
    }

    static FieldProblem of(FieldError error) {
        return problem(error.getField(), error.getCode(), violation(error));
    }

    static FieldProblem of(ParameterValidationResult result, MessageSourceResolvable error) {
        String field = result.getMethodParameter().getParameterName();
        ConstraintViolation<?> violation = null;
        try {
            violation = result.unwrap(error, ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            // a Spring validator's error: no constraint attributes
        }
        String[] codes = error.getCodes();
        String code = codes == null || codes.length == 0 ? null : codes[codes.length - 1];
        return problem(field, code, violation);
    }

    private static ConstraintViolation<?> violation(FieldError error) {
        try {
            return error.unwrap(ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static FieldProblem problem(String field, String code, ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation == null ? Map.of()
                : violation.getConstraintDescriptor().getAttributes();
        if ("NotNull".equals(code) || "NotBlank".equals(code) || "NotEmpty".equals(code)) {
            return FieldProblem.of(field, "error.constraint.required", field);
        }
        if ("Size".equals(code) && attributes.get("min") instanceof Integer min
                && attributes.get("max") instanceof Integer max) {
            return min > 0 ? FieldProblem.of(field, "error.constraint.size", field, min, max)
                    : FieldProblem.of(field, "error.constraint.maxSize", field, max);
        }
        if (("Min".equals(code) || "Max".equals(code)) && attributes.get("value") instanceof Long limit) {
            return FieldProblem.of(field, "error.constraint." + code.toLowerCase(java.util.Locale.ROOT), field, limit);
        }
        return FieldProblem.of(field, "error.constraint.invalid", field);
    }
}
