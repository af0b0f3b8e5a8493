package no.smertereg.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A text block of a form (form-js type "text"): an optional heading (a Markdown "#" line) and paragraphs, shown
 * unless {@code hide} (FEEL, without the leading '=') holds.
 */
public record FormText(String id, String heading, List<String> paragraphs, String hide) {

    static FormText of(String id, String markdown, String hide) {
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                heading = trimmed.replaceFirst("^#+\\s*", "");
            } else if (!trimmed.isEmpty()) {
                paragraphs.add(trimmed);
            }
        }
        return new FormText(id, heading, List.copyOf(paragraphs), hide);
    }
}
