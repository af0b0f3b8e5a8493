package no.smertereg.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log's actions as people read them: each action code (WORKLIST_READ) has its label in the message files
 * ({@code audit.action.WORKLIST_READ=Så arbeidslisten}); the search page shows the labels and offers them in its
 * filter. A code without a label (one written by an earlier version) is shown as it is.
 */
@Component
class AuditActions {

    static final String PREFIX = "audit.action.";
    private static final String BASENAME = "messages";

    record Option(String code, String label) {
    }

    private final MessageSource messages;
    private final List<String> codes;

    AuditActions(MessageSource messages) {
        this.messages = messages;
        this.codes = ResourceBundle.getBundle(BASENAME, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).keySet()
                .stream().filter(k -> k.startsWith(PREFIX)).map(k -> k.substring(PREFIX.length())).sorted().toList();
    }

    /** Every labelled action, by label in the user's language. */
    List<Option> options(Locale locale) {
        return codes.stream().map(code -> new Option(code, label(code, locale)))
                .sorted(Comparator.comparing(Option::label)).toList();
    }

    String label(String code, Locale locale) {
        return code == null ? "" : messages.getMessage(PREFIX + code, null, code, locale);
    }
}
