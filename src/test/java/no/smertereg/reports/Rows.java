package no.smertereg.reports;

import java.time.LocalDate;

/** Hand-built rows for the tests: {@code row(Tilsett, 1, AntPasTils, 3)}; integers become codes or counts. */
final class Rows {

    private static long nextId = 1;

    private Rows() {
    }

    static CourseRow row(Object... columnsAndValues) {
        CourseRow.Builder builder = CourseRow.builder().with(ReportColumn.ForlopsID, nextId++)
                .with(ReportColumn.AvdRESH, "100082").with(ReportColumn.StartdatoTO, LocalDate.of(2026, 1, 15));
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            builder.with((ReportColumn) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return builder.build();
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
