package no.smertereg.forms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/** Evaluates form-js conditions ({@code conditional.hide}) with the FEEL engine that ships with Camunda. */
@Component
class FormConditions {

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();

    /** True when the field's condition hides it for these answers. A condition that cannot run hides nothing. */
    boolean hides(FormField field, Map<String, Object> answers) {
        if (field.hide() == null || field.hide().isBlank()) {
            return false;
        }
        EvaluationResult result = feel.evaluate(expression(field.hide()), answers);
        return result.isSuccess() && Boolean.TRUE.equals(result.result());
    }

    private ParsedExpression expression(String text) {
        return parsed.computeIfAbsent(text, t -> {
            ParseResult result = feel.parseExpression(t);
            if (result.isFailure()) {
                throw new IllegalStateException("Form condition does not parse: " + t);
            }
            return result.parsedExpression();
        });
    }
}
