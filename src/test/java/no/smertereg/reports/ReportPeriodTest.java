package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/** The report page's period: any dates with patient-level access, whole months without it (ADR 0009). */
class ReportPeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void withPatientLevelAccessAnyDaysAsBefore_theDefaultIsFromFirstJanuaryToToday() {
        assertThat(ReportPeriod.of(null, null, false, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), TODAY));
        assertThat(ReportPeriod.of("2026-11-05", "2026-11-20", false, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 20)));
        assertThat(ReportPeriod.of("", "2025-06-30", false, TODAY).from()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void wholeMonthsAsMonthsOrAsTheirFirstAndLastDays_theDefaultEndsWithTheLastCompleteMonth() {
        ReportPeriod months = ReportPeriod.of("2026-02", "2026-02", true, TODAY);
        assertThat(months).isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        assertThat(ReportPeriod.of("2026-09-01", "2026-11-30", true, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.of(null, null, true, TODAY))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 30)));
        assertThat(ReportPeriod.of(null, null, true, LocalDate.of(2027, 1, 1)))
                .as("on New Year's Day: last year").isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31)));
    }

    @Test
    void withoutPatientLevelAccessAPeriodThatIsNotWholeMonthsIsRefusedAtItsField() {
        assertThat(problems(null, "2026-11-20")).containsExactly(FieldProblem.of("to",
                "error.report.wholeMonths.to"));
        assertThat(problems("2026-11-02", "2026-11-30")).containsExactly(FieldProblem.of("from",
                "error.report.wholeMonths.from"));
        assertThat(problems("2026-09-02", "2026-11-21")).extracting(FieldProblem::field).containsExactly("from",
                "to");
    }

    @Test
    void textThatIsNeitherADateNorAMonthIsRefusedAtItsField() {
        assertThat(problems("20.11.2026", "2026-11")).containsExactly(FieldProblem.of("from", "error.report.date"));
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> ReportPeriod.of("2026-01-01",
                "2026-02-30", false, TODAY)).problems()).containsExactly(FieldProblem.of("to", "error.report.date"));
    }

    private static java.util.List<FieldProblem> problems(String from, String to) {
        return catchThrowableOfType(InvalidInputException.class, () -> ReportPeriod.of(from, to, true, TODAY))
                .problems();
    }
}
