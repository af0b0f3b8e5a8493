package no.smertereg.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A text block of a form (form-js type "text", Markdown): an optional heading (a "#" line) and paragraphs (lines
 * up to a blank line make one paragraph, as Markdown joins them), shown unless {@code hide} (FEEL, without the
 * leading '=') holds.
 */
public record FormText(String id, String heading, List<String> paragraphs, String hide) {

    static FormText of(String id, String markdown, String hide) {
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                end(paragraph, paragraphs);
                if (trimmed.startsWith("#") && heading == null) {
                    heading = trimmed.replaceFirst("^#+\\s*", "");
                } else if (trimmed.startsWith("#")) {
                    paragraphs.add(trimmed.replaceFirst("^#+\\s*", ""));
                }
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
            }
        }
        end(paragraph, paragraphs);
        return new FormText(id, heading, List.copyOf(paragraphs), hide);
    }

    private static void end(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
