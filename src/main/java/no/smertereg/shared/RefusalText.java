package no.smertereg.shared;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Words a refusal in bokmål for places outside the registry's API (Tasklist, engine REST), field by field. */
@Component
public class RefusalText {

    private static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private final MessageSource messages;

    RefusalText(MessageSource messages) {
        this.messages = messages;
    }

    public String describe(RegistryException e) {
        String text = messages.getMessage(e.messageCode(), e.args(), e.messageCode(), BOKMAAL);
        if (e instanceof InvalidInputException invalid) {
            text += " " + invalid.problems().stream()
                    .map(p -> p.field() + ": " + messages.getMessage(p.messageCode(), p.args().toArray(),
                            p.messageCode(), BOKMAAL))
                    .collect(Collectors.joining("; "));
        }
        return text;
    }
}
