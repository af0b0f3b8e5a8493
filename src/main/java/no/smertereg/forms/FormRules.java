package no.smertereg.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.RegistryClock;

/**
 * Checks the fields' plausibility rules ({@link FormRule}) of a form's answers. A rule sees the form's answers, the
 * answers saved on the course's other forms (the form's own win on a clash) and {@code today}, the registry's date.
 * Only a field with an answer is checked; its first false rule names it. A rule that comes to null because a value it
 * names is missing refuses nothing (required is another check); nor does a broken rule, which is logged.
 */
@Component
class FormRules {

    static final String TODAY = "today";
    static final String MESSAGE_CODE = "error.form.rule";
    private static final Logger log = LoggerFactory.getLogger(FormRules.class);

    private final FormConditions feel;
    private final RegistryClock clock;

    FormRules(FormConditions feel, RegistryClock clock) {
        this.feel = feel;
        this.clock = clock;
    }

    /** The problems of the answers (normalised, hidden fields dropped) against the rules of their fields. */
    List<FieldProblem> check(FormDefinition form, Map<String, Object> answers, Map<String, Object> courseAnswers) {
        Map<String, Object> context = new HashMap<>();
        courseAnswers.forEach((key, value) -> putValue(context, key, value));
        answers.forEach((key, value) -> putValue(context, key, value));
        context.put(TODAY, clock.today());
        List<FormRule> rules = new ArrayList<>();
        List<Boolean> answered = new ArrayList<>();
        for (FormField field : form.fields()) {
            rules.addAll(field.rules());
            field.rules().forEach(rule -> answered.add(answers.containsKey(field.key())));
        }
        Iterator<FormConditions.Outcome> outcomes = feel.checkAll(rules, answered::get, context).iterator();
        List<FieldProblem> problems = new ArrayList<>();
        for (FormField field : form.fields()) {
            boolean refused = false;
            for (FormRule rule : field.rules()) {
                FormConditions.Outcome outcome = outcomes.next();
                if (outcome == null || refused) {
                    continue;
                }
                if (outcome == FormConditions.Outcome.BROKEN) {
                    log.warn("Rule {} of field {} in form {} is broken (it did not come to true or false, nor to null "
                            + "for a missing value); it refused nothing", rule.name(), field.key(), form.id());
                } else if (outcome == FormConditions.Outcome.VIOLATED) {
                    problems.add(FieldProblem.of(field.key(), MESSAGE_CODE, rule.message(),
                            rule.messageEn() == null ? rule.message() : rule.messageEn()));
                    refused = true;
                }
            }
        }
        return problems;
    }

    private static void putValue(Map<String, Object> context, String key, Object value) {
        if (value != null) {
            context.put(key, value);
        }
    }
}
