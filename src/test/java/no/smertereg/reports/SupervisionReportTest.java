package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.AntPasTils;
import static no.smertereg.reports.ReportColumn.AntTilsKonfLege;
import static no.smertereg.reports.ReportColumn.AntTilsLege;
import static no.smertereg.reports.ReportColumn.AntTilsSykPleier;
import static no.smertereg.reports.ReportColumn.PasientID;
import static no.smertereg.reports.ReportColumn.StartdatoTO;
import static no.smertereg.reports.ReportColumn.Tilsett;
import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The Tilsyn report: Tilsett distribution, summed supervisions, visits, patients and referrals per month. */
class SupervisionReportTest {

    @Test
    void sumsPerMonthWithMissingCountsAsZeroAndDistinctPatients() {
        List<CourseRow> rows = List.of(
                row(PasientID, 1L, StartdatoTO, date("2026-01-05"), Tilsett, 1, AntPasTils, 3, AntTilsLege, 2,
                        AntTilsSykPleier, 1, AntTilsKonfLege, 4),
                row(PasientID, 1L, StartdatoTO, date("2026-01-20"), Tilsett, 1, AntPasTils, 1, AntTilsLege, 1),
                row(PasientID, 2L, StartdatoTO, date("2026-01-21"), Tilsett, 2),
                row(PasientID, 3L, StartdatoTO, date("2026-02-01")));

        List<SupervisionReport.Line> months = SupervisionReport.perMonth(rows);

        assertThat(months).extracting(SupervisionReport.Line::month)
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        SupervisionReport.Line january = months.get(0);
        assertThat(january.referrals()).isEqualTo(3);
        assertThat(january.patients()).as("one patient with two courses").isEqualTo(2);
        assertThat(january.tilsett()).isEqualTo(Map.of(1, 2, 2, 1));
        assertThat(january.professions().get(AntTilsLege)).isEqualTo(3);
        assertThat(january.professions().get(AntTilsKonfLege)).isEqualTo(4);
        assertThat(january.coreSupervisions()).as("Lege 3 + Sykepleier 1; KonfLege is not core").isEqualTo(4);
        assertThat(january.patientVisits()).isEqualTo(4);
        assertThat(months.get(1).tilsett()).as("missing Tilsett under 0").isEqualTo(Map.of(0, 1));

        SupervisionReport.Line total = SupervisionReport.total(rows);
        assertThat(total.month()).isNull();
        assertThat(total.referrals()).isEqualTo(4);
        assertThat(total.patients()).isEqualTo(3);
    }
}
