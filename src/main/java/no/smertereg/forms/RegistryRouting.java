package no.smertereg.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * A registry's routing rules ({@code routing} in its descriptor) applied to the answers of its course-type form:
 * the diagram's values, not Java's. Every registry's rules are tried at start against an empty form, so a rule that
 * does not parse or does not come to a course type and two yes/no answers stops the start, naming the registry.
 */
@Component
public class RegistryRouting {

    /**
     * What the rules made of the answers; {@code courseType} as the diagram's gateways compare it. The referral and
     * start dates are the answers of the fields the descriptor names, or null.
     */
    public record Decision(int courseType, boolean included, boolean consent, LocalDate referralDate,
            LocalDate startDate) {

        public Decision(int courseType, boolean included, boolean consent) {
            this(courseType, included, consent, null, null);
        }
    }

    private final FormConditions feel;

    public RegistryRouting(FormConditions feel, Registries registries) {
        this.feel = feel;
        registries.all().forEach(registry -> decide(registry, Map.of()));
    }

    public Decision decide(RegistryDefinitions registry, Map<String, ?> answers) {
        RegistryDescriptor.Routing rules = registry.descriptor().routing();
        Map<String, Object> context = new HashMap<>();
        answers.forEach((key, value) -> {
            if (value != null) {
                context.put(key, value);
            }
        });
        List<Object> values = feel.valuesOf(List.of(rules.courseType(), rules.included(), rules.consent()),
                context);
        if (!(values.get(0) instanceof Number type) || new BigDecimal(type.toString()).stripTrailingZeros()
                .scale() > 0 || !(values.get(1) instanceof Boolean) || !(values.get(2) instanceof Boolean)) {
            throw new IllegalStateException("The routing of registry " + registry.descriptor().id()
                    + " did not come to a whole course type and two yes/no answers: " + values);
        }
        return new Decision(type.intValue(), (Boolean) values.get(1), (Boolean) values.get(2),
                date(answers, rules.referralDate()), date(answers, rules.startDate()));
    }

    private static LocalDate date(Map<String, ?> answers, String field) {
        Object value = field == null ? null : answers.get(field);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
