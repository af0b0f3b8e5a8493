package no.smertereg.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The flat table as XLSX (one sheet, streamed): the same header and order as the CSV; numbers as numbers, dates as
 * dates (yyyy-mm-dd), text as text, empty cells for missing values. Text is never a formula in this format.
 */
final class CourseRowXlsx {

    static final String SHEET = "SmerteReg";

    private CourseRowXlsx() {
    }

    static byte[] toXlsx(List<CourseRow> rows) {
        return toXlsx(rows, CourseRowCsv.extraColumns(rows));
    }

    static byte[] toXlsx(List<CourseRow> rows, List<String> extras) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sink sink = new Sink(extras)) {
            sink.accept(rows);
            sink.finish(out);
        }
        return out.toByteArray();
    }

    /**
     * The sheet and its header at once, then each batch of rows as it comes; the workbook keeps 200 rows in memory
     * and the rest in its temporary file (compressed), which {@link #close()} deletes.
     */
    static final class Sink implements Consumer<List<CourseRow>>, AutoCloseable {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true);
        private final Sheet sheet = workbook.createSheet(SHEET);
        private final CellStyle dateStyle = workbook.createCellStyle();
        private final List<String> extras;
        private int next = 1;

        Sink(List<String> extras) {
            this.extras = extras;
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            ReportColumn[] columns = ReportColumn.values();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].name());
            }
            for (int e = 0; e < extras.size(); e++) {
                header.createCell(columns.length + e).setCellValue(extras.get(e));
            }
        }

        @Override
        public void accept(List<CourseRow> rows) {
            ReportColumn[] columns = ReportColumn.values();
            for (CourseRow row : rows) {
                Row line = sheet.createRow(next++);
                for (int c = 0; c < columns.length; c++) {
                    Object value = row.get(columns[c]);
                    if (value != null) {
                        write(line.createCell(c), value, dateStyle);
                    }
                }
                for (int e = 0; e < extras.size(); e++) {
                    Object value = row.extras().get(extras.get(e));
                    if (value != null) {
                        write(line.createCell(columns.length + e), value, dateStyle);
                    }
                }
            }
        }

        void finish(OutputStream out) {
            try {
                workbook.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Deletes the temporary file (it holds the rows: health data) and closes the workbook. */
        @Override
        public void close() {
            try {
                workbook.dispose();
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle) {
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
