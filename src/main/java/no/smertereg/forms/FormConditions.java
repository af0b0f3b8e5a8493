package no.smertereg.forms;

import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationFailureType;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryClock;

/**
 * Evaluates the FEEL of the {@code .form} files, form-js conditions ({@code conditional.hide}) and field rules, with
 * the FEEL engine that ships with Camunda. FEEL's {@code today()} and {@code now()} read the registry's clock.
 */
@Component
class FormConditions {

    /**
     * What a rule came to: true, false, null because a value it names is missing (the engine reports the missing
     * variable), or anything else, such as null from comparing a date with a number: the rule is broken.
     */
    enum Outcome { HOLDS, VIOLATED, NEEDS_VALUE, BROKEN }

    private final FeelEngineApi feel;
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

    FormConditions(RegistryClock clock) {
        this.feel = FeelEngineBuilder.forJava()
                .withClock(() -> ZonedDateTime.ofInstant(clock.now(), RegistryClock.ZONE)).build();
    }

    /** True when the field's condition hides it for these answers. A condition that cannot run hides nothing. */
    boolean hides(FormField field, Map<String, Object> answers) {
        if (field.hide() == null || field.hide().isBlank()) {
            return false;
        }
        EvaluationResult result = feel.evaluate(expression(field.hide()), answers);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    /** A rule against its context, in which a missing value is an absent key (never a null value). */
    Outcome check(FormRule rule, Map<String, Object> context) {
        EvaluationResult result = feel.evaluate(expression(rule.expression()), context);
        if (result.isFailure()) {
            return Outcome.BROKEN;
        }
        Object value = result.result();
        if (value == null) {
            return missesAVariable(result) ? Outcome.NEEDS_VALUE : Outcome.BROKEN;
        }
        return value instanceof Boolean holds ? (holds ? Outcome.HOLDS : Outcome.VIOLATED) : Outcome.BROKEN;
    }

    private static boolean missesAVariable(EvaluationResult result) {
        var failures = result.suppressedFailures().iterator();
        while (failures.hasNext()) {
            if (failures.next().failureType() == EvaluationFailureType.NO_VARIABLE_FOUND$.MODULE$) {
                return true;
            }
        }
        return false;
    }

    private ParsedExpression expression(String text) {
        return parsed.computeIfAbsent(text, t -> {
            ParseResult result = feel.parseExpression(t);
            if (result.isFailure()) {
                throw new IllegalStateException("Form expression does not parse: " + t);
            }
            return result.parsedExpression();
        });
    }
}
