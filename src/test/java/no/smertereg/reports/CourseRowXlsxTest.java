package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX export has the CSV's column contract and typed cells. */
class CourseRowXlsxTest {

    @Test
    void headerIsTheContractAndCellsAreTyped() throws Exception {
        CourseRow row = CourseRow.builder().with(ReportColumn.ForlopsID, 42L).with(ReportColumn.PasientID, 7L)
                .with(ReportColumn.SykehusNavn, "=1+1").with(ReportColumn.StartdatoTO, LocalDate.of(2026, 11, 16))
                .with(ReportColumn.StSmBev12, 99).with(ReportColumn.MoEkvivalens, new BigDecimal("12.5")).build();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                CourseRowXlsx.toXlsx(List.of(row))))) {
            Sheet sheet = workbook.getSheet(CourseRowXlsx.SHEET);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(CourseRowCsvTest.CONTRACT);

            Row line = sheet.getRow(1);
            assertThat(line.getCell(index("ForlopsID")).getNumericCellValue()).isEqualTo(42);
            assertThat(line.getCell(index("PasientID")).getNumericCellValue()).isEqualTo(7);
            assertThat(line.getCell(index("SykehusNavn")).getCellType()).isEqualTo(CellType.STRING);
            assertThat(line.getCell(index("StartdatoTO")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 11, 16));
            assertThat(line.getCell(index("StSmBev12")).getNumericCellValue()).isEqualTo(99);
            assertThat(line.getCell(index("MoEkvivalens")).getNumericCellValue()).isEqualTo(12.5);
            assertThat(line.getCell(index("HenvistDato"))).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }

    private static int index(String column) {
        return CourseRowCsvTest.CONTRACT.indexOf(column);
    }
}
