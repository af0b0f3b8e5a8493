package no.smertereg.forms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import no.smertereg.shared.InvalidInputException;

/**
 * Checks a form submitted outside the registry's API (Tasklist's submit-form) before the engine accepts it, and
 * words the refusal for the person who submitted it.
 */
@Component
public class SubmittedFormCheck {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final FormCatalogue catalogue;
    private final FormValidator validator;
    private final MessageSource messages;

    SubmittedFormCheck(FormCatalogue catalogue, FormValidator validator, MessageSource messages) {
        this.catalogue = catalogue;
        this.validator = validator;
        this.messages = messages;
    }

    /** Why the submitted variables cannot finalise the form, or empty when they can. */
    public Optional<String> refusal(String formId, Map<String, ?> submitted) {
        Optional<FormDefinition> form = catalogue.find(formId);
        if (form.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> answers = new HashMap<>();
        form.get().fields().forEach(f -> {
            if (submitted.containsKey(f.key())) {
                answers.put(f.key(), submitted.get(f.key()));
            }
        });
        try {
            validator.validate(form.get(), answers, true);
            return Optional.empty();
        } catch (InvalidInputException e) {
            return Optional.of(describe(e));
        }
    }

    public String describe(InvalidInputException e) {
        return messages.getMessage(e.messageCode(), e.args(), BOKMAAL) + " " + e.problems().stream()
                .map(p -> p.field() + ": " + messages.getMessage(p.messageCode(), p.args().toArray(), BOKMAAL))
                .collect(Collectors.joining("; "));
    }
}
