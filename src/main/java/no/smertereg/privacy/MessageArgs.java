package no.smertereg.privacy;

import java.util.Arrays;

/** PIDs and case ids go into texts as plain digits ("12345", not the locale's "12 345"), so they can be copied. */
final class MessageArgs {

    private MessageArgs() {
    }

    static Object[] plain(Object... args) {
        return args == null ? null : Arrays.stream(args).map(a -> a instanceof Long || a instanceof Integer
                ? a.toString() : a).toArray();
    }
}
