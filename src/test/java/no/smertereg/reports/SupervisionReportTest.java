package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.AntPasTils;
import static no.smertereg.reports.ReportColumn.AntTilsKonfLege;
import static no.smertereg.reports.ReportColumn.AntTilsLege;
import static no.smertereg.reports.ReportColumn.AntTilsSykPleier;
import static no.smertereg.reports.ReportColumn.InnlAvd;
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

    @Test
    void perWardTheMostReferralsFirstAndCoursesWithoutAWardLast() {
        List<CourseRow> rows = List.of(
                row(InnlAvd, 12L, PasientID, 1L, Tilsett, 1, AntPasTils, 2, AntTilsLege, 2),
                row(InnlAvd, 30L, PasientID, 2L, Tilsett, 1, AntPasTils, 3, AntTilsLege, 1, AntTilsSykPleier, 2),
                row(InnlAvd, 30L, PasientID, 3L, Tilsett, 2),
                row(PasientID, 4L, Tilsett, 1, AntPasTils, 1, AntTilsLege, 1),
                row(InnlAvd, 12L, PasientID, 1L, Tilsett, 1, AntPasTils, 4, AntTilsLege, 3),
                row(InnlAvd, 5L, PasientID, 5L, Tilsett, 4));

        List<SupervisionReport.DepartmentLine> wards = SupervisionReport.perDepartment(rows);

        assertThat(wards).extracting(SupervisionReport.DepartmentLine::department)
                .as("two referrals each for 12 and 30 (12 first by id), then 5, then none").containsExactly(12L, 30L,
                        5L, null);
        SupervisionReport.Line ward12 = wards.get(0).line();
        assertThat(ward12.referrals()).isEqualTo(2);
        assertThat(ward12.patients()).as("the same patient twice").isEqualTo(1);
        assertThat(ward12.coreSupervisions()).as("Lege 2 + 3").isEqualTo(5);
        assertThat(ward12.patientVisits()).isEqualTo(6);
        SupervisionReport.Line ward30 = wards.get(1).line();
        assertThat(ward30.tilsett()).isEqualTo(Map.of(1, 1, 2, 1));
        assertThat(ward30.coreSupervisions()).as("Lege 1 + Sykepleier 2").isEqualTo(3);
        assertThat(wards.get(3).line().referrals()).isEqualTo(1);
        assertThat(wards.stream().mapToInt(w -> w.line().referrals()).sum()).as("every course in one ward")
                .isEqualTo(SupervisionReport.total(rows).referrals());
    }
}
