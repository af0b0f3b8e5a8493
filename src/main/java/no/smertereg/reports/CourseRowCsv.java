package no.smertereg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import no.smertereg.shared.SpreadsheetText;

/**
 * The flat table as CSV: a header of the {@link ReportColumn} names in their fixed order, one line per course,
 * semicolon-separated (Norwegian Excel), empty for a missing value, dates as yyyy-MM-dd, decimals with a point.
 * A text cell that a spreadsheet would take as a formula is prefixed with an apostrophe.
 */
final class CourseRowCsv {

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(header()).get();

    private CourseRowCsv() {
    }

    static String[] header() {
        return Arrays.stream(ReportColumn.values()).map(Enum::name).toArray(String[]::new);
    }

    /** The codebook's columns, then the extra columns of forms it does not name, in name order. */
    static List<String> extraColumns(List<CourseRow> rows) {
        return rows.stream().flatMap(r -> r.extras().keySet().stream()).distinct().sorted().toList();
    }

    static void write(List<CourseRow> rows, Appendable out) {
        write(rows, extraColumns(rows), out);
    }

    static void write(List<CourseRow> rows, List<String> extras, Appendable out) {
        Sink sink = new Sink(out, extras);
        sink.accept(rows);
        sink.flush();
    }

    /** The header at once, then each batch of rows as it comes (the export streams page by page). */
    static final class Sink implements Consumer<List<CourseRow>> {

        private final CSVPrinter printer;
        private final List<String> extras;

        Sink(Appendable out, List<String> extras) {
            this.extras = extras;
            String[] header = Stream.concat(Arrays.stream(header()), extras.stream()).toArray(String[]::new);
            try {
                // not closed: the caller owns the output
                this.printer = new CSVPrinter(out, FORMAT.builder().setHeader(header).get());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(List<CourseRow> rows) {
            try {
                for (CourseRow row : rows) {
                    for (ReportColumn column : ReportColumn.values()) {
                        printer.print(cell(row.get(column)));
                    }
                    for (String extra : extras) {
                        printer.print(cell(row.extras().get(extra)));
                    }
                    printer.println();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String toCsv(List<CourseRow> rows) {
        return toCsv(rows, extraColumns(rows));
    }

    static String toCsv(List<CourseRow> rows, List<String> extras) {
        StringBuilder out = new StringBuilder();
        write(rows, extras, out);
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        String text = value.toString();
        return value instanceof String ? SpreadsheetText.guarded(text) : text;
    }
}
