package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportRowCodecTest {

    @Test
    void aStoredRowComesBackAsItWas_withTodaysUnitName() {
        CourseRow row = CourseRow.builder().with(ReportColumn.ForlopsID, 9_000_000_001L)
                .with(ReportColumn.PasientID, 42L).with(ReportColumn.AvdRESH, "100082")
                .with(ReportColumn.SykehusNavn, "Gammelt navn")
                .with(ReportColumn.StartdatoTO, LocalDate.of(2024, 2, 29))
                .with(ReportColumn.Tilsett, 9).with(ReportColumn.SvSmBev12, 99)
                .with(ReportColumn.Journalnotat, 0).with(decimalColumn(), new BigDecimal("1.50"))
                .extra("B3_Fritekst", "\"sitat\", komma; semikolon").extra("B3_Antall", 3).build();

        CourseRow back = ReportRowCodec.row(ReportRowCodec.values(row), ReportRowCodec.extras(row), "Haukeland");

        assertThat(back.values()).containsAllEntriesOf(row.values().entrySet().stream()
                .filter(e -> e.getKey() != ReportColumn.SykehusNavn)
                .collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue())));
        assertThat(back.text(ReportColumn.SykehusNavn)).as("the unit's name today").isEqualTo("Haukeland");
        assertThat(back.values()).hasSameSizeAs(row.values());
        assertThat(back.get(decimalColumn())).as("scale kept").hasToString("1.50");
        assertThat(back.extras()).isEqualTo(row.extras());
    }

    @Test
    void aRowWithoutAnswersOrExtras_staysEmpty() {
        CourseRow row = CourseRow.builder().with(ReportColumn.ForlopsID, 7L).build();

        CourseRow back = ReportRowCodec.row(ReportRowCodec.values(row), ReportRowCodec.extras(row), null);

        assertThat(ReportRowCodec.extras(row)).isNull();
        assertThat(back.values()).containsOnlyKeys(ReportColumn.ForlopsID);
        assertThat(back.extras()).isEmpty();
    }

    private static ReportColumn decimalColumn() {
        return java.util.Arrays.stream(ReportColumn.values()).filter(c -> c.kind() == ReportColumn.Kind.DECIMAL)
                .findFirst().orElseThrow();
    }
}
