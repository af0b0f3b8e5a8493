package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.PasDelUfylPR;
import static no.smertereg.reports.ReportColumn.PasdelUtfylEval;
import static no.smertereg.reports.ReportColumn.PasdelUtfylOpioid;
import static no.smertereg.reports.ReportColumn.PasientID;
import static no.smertereg.reports.ReportColumn.SkriftligSamtyk;
import static no.smertereg.reports.ReportColumn.StartdatoTO;
import static no.smertereg.reports.Rows.date;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The OPR annual report's yearly tables (seeds/003) on hand-built rows, each number written out. */
class YearlyTablesTest {

    private final List<CourseRow> rows = List.of(
            // 2025: patient 1 twice (answered Pasreg in the second course), patient 2 answered, patient 3 did not.
            row(PasientID, 1L, StartdatoTO, date("2025-03-01"), SkriftligSamtyk, 1, PasDelUfylPR, 0,
                    PasdelUtfylEval, 1),
            row(PasientID, 1L, StartdatoTO, date("2025-09-01"), SkriftligSamtyk, 1, PasDelUfylPR, 1,
                    PasdelUtfylEval, 0, PasdelUtfylOpioid, 1),
            row(PasientID, 2L, StartdatoTO, date("2025-12-31"), SkriftligSamtyk, 1, PasDelUfylPR, 1,
                    PasdelUtfylOpioid, 0),
            row(PasientID, 3L, StartdatoTO, date("2025-06-01"), SkriftligSamtyk, 0, PasDelUfylPR, 0),
            // 2026: patient 4 not asked for consent (type 1), patient 5 said no, patient 1 again (new in 2026).
            row(PasientID, 4L, StartdatoTO, date("2026-01-01")),
            row(PasientID, 5L, StartdatoTO, date("2026-02-01"), SkriftligSamtyk, 0),
            row(PasientID, 1L, StartdatoTO, date("2026-03-01"), SkriftligSamtyk, 1, PasDelUfylPR, 1,
                    PasdelUtfylEval, 1, PasdelUtfylOpioid, 0));

    @Test
    void baselineIsPatientsWhoAnsweredPasregAmongTheYearsNewPatients() {
        List<YearlyTables.Year> years = YearlyTables.of(rows);

        assertThat(years).extracting(YearlyTables.Year::year).containsExactly(2025, 2026);
        assertThat(years.get(0).courses()).isEqualTo(4);
        assertThat(years.get(0).baseline()).as("patients 1 and 2 of 1, 2, 3").isEqualTo(new Count(2, 3));
        assertThat(years.get(1).courses()).isEqualTo(3);
        assertThat(years.get(1).baseline()).as("patient 1 of 4, 5, 1").isEqualTo(new Count(1, 3));
    }

    @Test
    void consentIsYesAmongYesOrNo_notAskedLeftOut() {
        List<YearlyTables.Year> years = YearlyTables.of(rows);

        assertThat(years.get(0).consent()).as("3 of 4 courses").isEqualTo(new Count(3, 4));
        assertThat(years.get(0).notConsented()).isEqualTo(1);
        assertThat(years.get(0).consent().share()).isEqualTo(0.75);
        assertThat(years.get(1).consent()).as("patient 4 was not asked").isEqualTo(new Count(1, 2));
    }

    @Test
    void followUpResponseIsAnsweredAmongSentPerFormAndTogether() {
        List<YearlyTables.Year> years = YearlyTables.of(rows);

        assertThat(years.get(0).eval()).as("Eval sent twice, answered once").isEqualTo(new Count(1, 2));
        assertThat(years.get(0).opioid()).as("Opioid sent twice, answered once").isEqualTo(new Count(1, 2));
        assertThat(years.get(0).followUp()).isEqualTo(new Count(2, 4));
        assertThat(years.get(1).eval()).isEqualTo(new Count(1, 1));
        assertThat(years.get(1).opioid()).isEqualTo(new Count(0, 1));
        assertThat(years.get(1).followUp()).isEqualTo(new Count(1, 2));
    }

    @Test
    void noRowsNoYears() {
        assertThat(YearlyTables.of(List.of())).isEmpty();
    }
}
