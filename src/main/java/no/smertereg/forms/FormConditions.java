package no.smertereg.forms;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

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
 * <p>
 * The engine builds its table of built-in functions again for every evaluation, which cost more than the
 * conditions themselves (a B1.1 has dozens). So all conditions, or all rules, of a form are evaluated as one FEEL list
 * against the context, and one by one only where the list as a whole fails or, for a rule, an element is null.
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
    private final Map<List<String>, Optional<ParsedExpression>> lists = new ConcurrentHashMap<>();

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
        List<String> conditions = new ArrayList<>(conditionsOf(form.items(), new LinkedHashSet<>()));
        List<Object> values = values(conditions, context);
        Map<String, Boolean> byCondition = new HashMap<>();
        if (values != null) {
            for (int i = 0; i < conditions.size(); i++) {
                byCondition.put(conditions.get(i), Boolean.TRUE.equals(values.get(i)));
            }
        }
        Set<String> hidden = new LinkedHashSet<>();
        collectHidden(form.items(), false, context, byCondition, hidden);
        return hidden;
    }

    private static Set<String> conditionsOf(List<FormItem> items, Set<String> conditions) {
        for (FormItem item : items) {
            if (item.hide() != null && !item.hide().isBlank()) {
                conditions.add(item.hide());
            }
            if (item.group() != null) {
                conditionsOf(item.group().items(), conditions);
            }
        }
        return conditions;
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

    /**
     * The rules against one context in one evaluation, in the rules' order, as {@link #check} answers for one; null
     * for a rule not wanted. The list is always the whole of {@code rules}, so that its parsed form can be kept.
     */
    List<Outcome> checkAll(List<FormRule> rules, IntPredicate wanted, Map<String, Object> context) {
        List<Object> values = values(rules.stream().map(FormRule::expression).toList(), context);
        List<Outcome> outcomes = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Object value = values == null ? null : values.get(i);
            outcomes.add(!wanted.test(i) ? null : value == null ? check(rules.get(i), context)
                    : value instanceof Boolean holds ? (holds ? Outcome.HOLDS : Outcome.VIOLATED) : Outcome.BROKEN);
        }
        return outcomes;
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

    /**
     * Each expression's value against one context, in one evaluation where it can be; null for one that failed
     * or came to null. An expression that does not parse is refused ({@link IllegalStateException}).
     */
    List<Object> valuesOf(List<String> expressions, Map<String, Object> context) {
        List<Object> values = values(expressions, context);
        if (values != null) {
            return values;
        }
        List<Object> each = new ArrayList<>(expressions.size());
        for (String text : expressions) {
            EvaluationResult result = feel.evaluate(expression(text), context);
            each.add(result.isSuccess() ? result.result() : null);
        }
        return each;
    }

    /**
     * The values of the expressions in one evaluation, or null when that evaluation failed (or the list does not
     * parse) and each must be evaluated on its own. An element that failed on its own terms is null.
     */
    private List<Object> values(List<String> expressions, Map<String, Object> context) {
        if (expressions.isEmpty()) {
            return List.of();
        }
        Optional<ParsedExpression> list = lists.computeIfAbsent(List.copyOf(expressions), this::parseList);
        if (list.isEmpty()) {
            return null;
        }
        EvaluationResult result = feel.evaluate(list.get(), context);
        return result.isSuccess() && result.result() instanceof List<?> values && values.size() == expressions.size()
                ? new ArrayList<>(values) : null;
    }

    /** The expressions as the elements of one FEEL list, each in parentheses on lines of its own (comments end). */
    private Optional<ParsedExpression> parseList(List<String> expressions) {
        StringBuilder text = new StringBuilder("[");
        for (String expression : expressions) {
            text.append(text.length() > 1 ? ",\n(\n" : "(\n").append(expression).append("\n)");
        }
        ParseResult result = feel.parseExpression(text.append(']').toString());
        return result.isFailure() ? Optional.empty() : Optional.of(result.parsedExpression());
    }

    boolean parses(String text) {
        return feel.parseExpression(text).isSuccess();
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
