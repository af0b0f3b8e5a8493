package no.smertereg.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            ReportColumn[] columns = ReportColumn.values();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                header.createCell(c).setCellValue(columns[c].name());
            }
            for (int e = 0; e < extras.size(); e++) {
                header.createCell(columns.length + e).setCellValue(extras.get(e));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    Object value = rows.get(r).get(columns[c]);
                    if (value != null) {
                        write(line.createCell(c), value, dateStyle);
                    }
                }
                for (int e = 0; e < extras.size(); e++) {
                    Object value = rows.get(r).extras().get(extras.get(e));
                    if (value != null) {
                        write(line.createCell(columns.length + e), value, dateStyle);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
