package no.smertereg.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.smertereg.forms.RegistryDescriptor.IndicatorRule;

/**
 * Evaluates a registry's indicators ({@code indicators} in its descriptor) for one course: whether it is in each
 * indicator's denominator, and if so in its numerator. Anything but true is no: a missing form or answer leaves the
 * course out. Every expression, and every {@code ${eprom.holds(…)}} of a course diagram, is parsed when the application
 * starts, so an analyst's typo stops the start.
 */
@Component
public class IndicatorRules {

    /**
     * One indicator for one course: how many it adds to the denominator and to the numerator (true is one, a whole
     * number that many, anything else none); the numerator counts only within a denominator.
     */
    public record Counted(long denominator, long numerator) {
    }

    private final FormConditions feel;

    IndicatorRules(FormConditions feel, Registries registries) {
        this.feel = feel;
        registries.all().forEach(registry -> count(registry, Map.of()));
        registries.all().forEach(registry -> Optional.ofNullable(registry.descriptor().descriptive()).ifPresent(
                table -> table.expressions().stream().filter(e -> !feel.parses(e)).findFirst().ifPresent(e -> {
                    throw new IllegalStateException(registry.descriptor().id() + ": the descriptive table's FEEL "
                            + "does not parse: " + e);
                })));
        registries.all().forEach(registry -> registry.holdsExpressions().stream().filter(e -> !feel.parses(e))
                .findFirst().ifPresent(e -> {
                    throw new IllegalStateException(registry.courseProcess() + " has a condition eprom.holds whose "
                            + "FEEL does not parse: " + e);
                }));
    }

    /** The FEEL name of a form's answers: its code with anything but a letter, digit or underscore as underscore. */
    public static String variable(String formCode) {
        return formCode.replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The registry's indicators in order, for a course whose forms' answers are in {@code forms} by variable. */
    public List<Counted> count(RegistryDefinitions registry, Map<String, Object> forms) {
        List<IndicatorRule> rules = rules(registry);
        List<String> expressions = new ArrayList<>();
        rules.forEach(rule -> {
            expressions.add(rule.denominator());
            expressions.add(rule.numerator());
        });
        List<Object> values = feel.valuesOf(expressions, forms);
        List<Counted> counted = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            long denominator = amount(values.get(2 * i));
            counted.add(new Counted(denominator, denominator > 0 ? amount(values.get(2 * i + 1)) : 0));
        }
        return counted;
    }

    /**
     * A diagram's condition over one course ({@code ${eprom.holds(execution, 'FEEL')}}): true only when the
     * expression gives true; a missing form or answer is no.
     */
    public boolean holds(String expression, Map<String, Object> course) {
        return Boolean.TRUE.equals(feel.valuesOf(List.of(expression), course).get(0));
    }

    /** A descriptive table's expressions ({@code Descriptive.expressions()}) over one course, in their order. */
    public List<Object> describe(List<String> expressions, Map<String, Object> course) {
        return feel.valuesOf(expressions, course);
    }

    private static long amount(Object value) {
        if (Boolean.TRUE.equals(value)) {
            return 1;
        }
        return value instanceof Number n && n.doubleValue() > 0 ? n.longValue() : 0;
    }

    public static List<IndicatorRule> rules(RegistryDefinitions registry) {
        RegistryDescriptor.Indicators indicators = registry.descriptor().indicators();
        return indicators == null ? List.of() : indicators.list();
    }
}
