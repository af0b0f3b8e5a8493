package no.smertereg.course;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryException;

/** Texts of refusals for the pages, in the request's language: one per field, or one for the page. */
@Component
class PageMessages {

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> byField(InvalidInputException e) {
        Map<String, String> problems = new LinkedHashMap<>();
        e.problems().forEach(p -> problems.merge(p.field(), text(p.messageCode(), p.args().toArray()),
                (a, b) -> a + " " + b));
        return problems;
    }

    String of(RegistryException e) {
        return text(e.messageCode(), e.args());
    }

    private String text(String code, Object[] args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
