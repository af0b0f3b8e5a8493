package no.smertereg.files;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name a downloaded file gets, cleaned from the name the uploader's browser sent: no folder part (of any
 * system), no control or invisible formatting characters (such as a right-to-left override that hides the real
 * extension), none of the characters file systems or the {@code Content-Disposition} header treat specially, no
 * leading dots, at most {@link #MAX_LENGTH} characters, and always ending in {@code .pdf}.
 */
final class FileNames {

    static final int MAX_LENGTH = 150;
    static final String FALLBACK = "dokument.pdf";
    private static final String EXTENSION = ".pdf";
    private static final String REPLACED = "<>:\"/\\|?*;";

    private FileNames() {
    }

    static String clean(String submitted) {
        String name = submitted == null ? "" : Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (visible(c)) {
                clean.appendCodePoint(REPLACED.indexOf(c) >= 0 ? '_' : c);
            }
        });
        String base = clean.toString().replaceAll(" {2,}", " ").strip();
        if (base.toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
            base = base.substring(0, base.length() - EXTENSION.length());
        }
        base = base.replaceFirst("^[. ]+", "").strip();
        if (base.isEmpty()) {
            return FALLBACK;
        }
        int room = MAX_LENGTH - EXTENSION.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
        }
        return base + EXTENSION;
    }

    private static boolean visible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
