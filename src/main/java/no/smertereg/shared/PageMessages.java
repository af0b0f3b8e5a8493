package no.smertereg.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Texts of refusals for the pages, in the request's language: one per field, or one for the page. */
@Component
public class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> byField(InvalidInputException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        e.problems().forEach(p -> problems.merge(p.field(), text(p.messageCode(), p.args().toArray()),
                (a, b) -> a + " " + b));
        return problems;
    }

    public String of(RegistryException e) {
        return text(e.messageCode(), e.args());
    }

    /** A refusal as one sentence for the top of a page: bad input's field messages joined, or the refusal's text. */
    public String refusal(RegistryException e) {
        return e instanceof InvalidInputException invalid ? String.join(" ", byField(invalid).values()) : of(e);
    }

    public String text(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
