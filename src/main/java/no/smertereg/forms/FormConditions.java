package no.smertereg.forms;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The components these answers hide, as form-js hides them: a component whose own condition holds, and
     * everything in a hidden group. Inputs by key, text blocks and groups by id. {@code context} holds every field
     * of the form (null when unanswered) and the platform's variables ({@link FormVariables}).
     */
    Set<String> hidden(FormDefinition form, Map<String, Object> context) {
        Set<String> hidden = new LinkedHashSet<>();
        Map<String, Boolean> byCondition = new HashMap<>();
        collectHidden(form.items(), false, context, byCondition, hidden);
        return hidden;
    }

    private void collectHidden(List<FormItem> items, boolean groupHidden, Map<String, Object> context,
            Map<String, Boolean> byCondition, Set<String> hidden) {
        for (FormItem item : items) {
            boolean hides = groupHidden || (item.hide() != null
                    && byCondition.computeIfAbsent(item.hide(), condition -> hides(condition, context)));
            if (hides) {
                hidden.add(item.component());
            }
            if (item.group() != null) {
                collectHidden(item.group().items(), hides, context, byCondition, hidden);
            }
        }
    }

    /** True when the condition holds for this context. A condition that cannot run hides nothing. */
    private boolean hides(String condition, Map<String, Object> context) {
        if (condition == null || condition.isBlank()) {
            return false;
        }
        EvaluationResult result = feel.evaluate(expression(condition), context);
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
