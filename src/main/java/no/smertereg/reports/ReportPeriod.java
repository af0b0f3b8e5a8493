package no.smertereg.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;

/**
 * The period of the report page as the filter sent it: a date (yyyy-MM-dd) or a month (yyyy-MM: its first day for
 * {@code from}, its last for {@code to}). Without patient-level access (ADR 0009) the period is whole calendar months
 * and an omitted end is the last day of the last complete month; otherwise an omitted end is today. An omitted start
 * is 1 January of the end's year.
 */
record ReportPeriod(LocalDate from, LocalDate to) {

    static ReportPeriod of(String from, String to, boolean wholeMonths, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = parse("from", from, false, problems);
        LocalDate end = parse("to", to, true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (end == null) {
            end = wholeMonths ? today.withDayOfMonth(1).minusDays(1) : today;
        }
        if (start == null) {
            start = end.withDayOfYear(1);
        }
        if (wholeMonths) {
            requireWholeMonths(start, end);
        }
        return new ReportPeriod(start, end);
    }

    /** Refuses, at its field, a {@code from} that is not the first or a {@code to} that is not the last of a month. */
    static void requireWholeMonths(LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from.getDayOfMonth() != 1) {
            problems.add(FieldProblem.of("from", "error.report.wholeMonths.from"));
        }
        if (!to.equals(YearMonth.from(to).atEndOfMonth())) {
            problems.add(FieldProblem.of("to", "error.report.wholeMonths.to"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static LocalDate parse(String field, String text, boolean end, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // falls through to the field's message
        }
        problems.add(FieldProblem.of(field, "error.report.date"));
        return null;
    }
}
