package no.smertereg.shared;

/** Text for a cell of a file people open in a spreadsheet (CSV exports and extracts). */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** A text a spreadsheet would take as a formula, prefixed with an apostrophe; any other as it is. */
    public static String guarded(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
