package no.smertereg.reports;

import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The cells' arithmetic: the tallies of disjoint courses add up to the tally of them all, survive their JSON, and
 * give the figures the rows give (distinct patients across months, wards and years included).
 */
class NationalTallyTest {

    private static final ReportColumn[] CODES = {ReportColumn.Tilsett, ReportColumn.SkriftligSamtyk,
        ReportColumn.PasDelUfylPR, ReportColumn.PasdelUtfylEval, ReportColumn.PasdelUtfylOpioid,
        ReportColumn.GrManglUtfylPR, ReportColumn.AntTilsLege, ReportColumn.AntPasTils, ReportColumn.SvSmBev12};

    @Test
    void tallyOfPartsIsTheTallyOfAll_andGivesWhatTheRowsGive() {
        List<CourseRow> rows = rows(400, new Random(22));
        List<CourseRow> first = rows.subList(0, 170);
        List<CourseRow> second = rows.subList(170, rows.size());

        NationalTally sum = NationalTally.fromJson(NationalTally.of(first).json())
                .plus(NationalTally.fromJson(NationalTally.of(second).json()));

        assertThat(sum).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(NationalTally.of(rows));
        assertThat(sum.courses()).isEqualTo(400);
        assertThat(sum.totals()).isEqualTo(Indicators.totals(rows, Variant.NATIONAL));
        assertThat(sum.perMonth()).isEqualTo(Indicators.perMonth(rows, Variant.NATIONAL));
        assertThat(sum.eprom()).isEqualTo(EpromResponse.of(rows));
        assertThat(sum.supervisionLines()).isEqualTo(SupervisionReport.perMonth(rows));
        assertThat(sum.wardLines()).isEqualTo(SupervisionReport.perDepartment(rows));
        assertThat(sum.total().line(null)).isEqualTo(SupervisionReport.total(rows));
        assertThat(YearlyTables.of(sum.years())).isEqualTo(YearlyTables.of(rows));
    }

    @Test
    void aPatientWithCoursesInBothParts_isOnePatient() {
        CourseRow january = row(ReportColumn.PasientID, 7L, ReportColumn.StartdatoTO, date("2024-01-10"),
                ReportColumn.PasDelUfylPR, 1);
        CourseRow march = row(ReportColumn.PasientID, 7L, ReportColumn.StartdatoTO, date("2024-03-10"));

        NationalTally sum = NationalTally.of(List.of(january)).plus(NationalTally.of(List.of(march)));

        assertThat(sum.total().line(null).patients()).isEqualTo(1);
        assertThat(sum.total().line(null).referrals()).isEqualTo(2);
        assertThat(YearlyTables.of(sum.years())).singleElement()
                .satisfies(y -> assertThat(y.baseline()).isEqualTo(new Count(1, 1)));
    }

    /** Rows over two years, three wards (and none), shared patients, codes 9 and 99 and missing values. */
    private static List<CourseRow> rows(int n, Random random) {
        List<CourseRow> rows = new ArrayList<>();
        int[] codes = {0, 1, 2, 9, 99};
        for (int i = 0; i < n; i++) {
            List<Object> values = new ArrayList<>(List.of(ReportColumn.PasientID, (long) random.nextInt(n / 2),
                    ReportColumn.StartdatoTO, date("2023-01-01").plusDays(random.nextInt(730))));
            if (random.nextInt(5) > 0) {
                values.addAll(List.of(ReportColumn.InnlAvd, (long) random.nextInt(3)));
            }
            for (ReportColumn column : CODES) {
                if (random.nextInt(4) > 0) {
                    values.addAll(List.of(column, codes[random.nextInt(codes.length)]));
                }
            }
            rows.add(row(values.toArray()));
        }
        return rows;
    }
}
