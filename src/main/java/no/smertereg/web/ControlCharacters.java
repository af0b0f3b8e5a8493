package no.smertereg.web;

/**
 * The characters the registry refuses in text from outside: the C0 controls except TAB, LF and CR (so free text
 * keeps its lines), DEL and the C1 controls, and half of a surrogate pair. PostgreSQL cannot store NUL in text, and
 * the others only hide text from readers, exports and logs. Public for the form validator, which checks answers
 * that come by no other check of this module (Tasklist's submit-form).
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static boolean allowed(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** The index of the first refused character, or -1. */
    static int firstRefused(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean refused(char c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        boolean delOrC1 = c >= 0x7F && c <= 0x9F;
        return c0 || delOrC1 || Character.isSurrogate(c);
    }
}
