package no.smertereg.reports;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;

/**
 * ADR 0009: the figures of a scope without patient-level access. Each figure is counted over a population of courses
 * (an indicator's denominator, the forms sent, the year's courses, ...); on top of the minimum rule it is shown only
 * when each month of the period holds none or at least the minimum of that population (rule 2). Tilsyn per ward is a
 * table of parts and their total: wards hidden month by month ({@link SmallCellSuppression#hiddenParts}) are merged
 * into one line "other wards", shown by rule 2 like any figure (rule 3). A one-month figure (a month's line, a chart
 * point) needs no more than the minimum rule, and a period total that holds a small month is hidden by rule 2, so
 * the month tables need no complement. Every population is drawn from the report's courses, coverage's too (see
 * {@link ReportService}): registered courses not yet complete would be a part never shown.
 */
final class FiguresOnlyDisclosure extends Disclosure {

    /** The populations behind the figures, each as courses per month. */
    private record Populations(SortedMap<YearMonth, Integer> courses,
            Map<Indicator, SortedMap<YearMonth, Integer>> indicators, Map<String, SortedMap<YearMonth, Integer>> eprom,
            SortedMap<YearMonth, Integer> consentAsked, SortedMap<YearMonth, Integer> eligible,
            SortedMap<YearMonth, Integer> otherWards) {
    }

    private final SmallCellSuppression rule;
    private final Populations populations;
    private final Set<Long> mergedWards;

    private FiguresOnlyDisclosure(SmallCellSuppression rule, Populations populations, Set<Long> mergedWards) {
        super(rule.minimum());
        this.rule = rule;
        this.populations = populations;
        this.mergedWards = mergedWards;
    }

    /** From the report's rows, coverage included. */
    static FiguresOnlyDisclosure of(List<CourseRow> complete, Variant variant, int minimum) {
        SmallCellSuppression rule = new SmallCellSuppression(minimum);
        Map<Indicator, SortedMap<YearMonth, Integer>> indicators = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            indicators.put(indicator, perMonth(complete, r -> indicator.outcome(r, variant) != Outcome.OUT));
        }
        Map<String, SortedMap<YearMonth, Integer>> eprom = new LinkedHashMap<>();
        EpromResponse.sentFlags().forEach((form, flag) -> eprom.put(form, perMonth(complete, r -> r.has(flag))));
        Set<Long> merged = rule.hiddenParts(wardsPerMonth(complete));
        Populations populations = new Populations(perMonth(complete, r -> true), indicators, eprom,
                perMonth(complete, r -> r.is(ReportColumn.SkriftligSamtyk, 0) || r.is(ReportColumn.SkriftligSamtyk, 1)),
                perMonth(complete, r -> r.is(ReportColumn.InklKritOppf, 1)),
                perMonth(complete, r -> merged.contains(ward(r))));
        return new FiguresOnlyDisclosure(rule, populations, merged);
    }

    /**
     * Each ward's courses per month, in department-id order (courses without a ward last): the order breaks ties in
     * rule 3 and must not depend on the period, or the wards hidden in a month would.
     */
    private static Map<Long, Map<YearMonth, Integer>> wardsPerMonth(Collection<CourseRow> rows) {
        Map<Long, Map<YearMonth, Integer>> wards = new LinkedHashMap<>();
        rows.stream().map(FiguresOnlyDisclosure::ward).distinct()
                .sorted(Comparator.nullsLast(Comparator.naturalOrder()))
                .forEach(ward -> wards.put(ward, perMonth(rows, r -> Objects.equals(ward(r), ward))));
        return wards;
    }

    private static Long ward(CourseRow row) {
        return (Long) row.get(ReportColumn.InnlAvd);
    }

    private static SortedMap<YearMonth, Integer> perMonth(Collection<CourseRow> rows, Predicate<CourseRow> population) {
        return SmallCellSuppression.perMonth(rows, population);
    }

    @Override
    public boolean monthRule() {
        return true;
    }

    @Override
    public boolean courses() {
        return rule.safe(populations.courses());
    }

    @Override
    public boolean indicator(Indicator indicator, Count count) {
        return super.indicator(indicator, count) && rule.safe(populations.indicators().get(indicator));
    }

    @Override
    public boolean eprom(EpromResponse.FormResponse form) {
        return super.eprom(form) && rule.safe(populations.eprom().get(form.form()));
    }

    /** Figures-only roles see the count only beside a response row that is itself shown. */
    @Override
    public boolean epromNotSent(EpromResponse.FormResponse form) {
        return super.epromNotSent(form) && eprom(form);
    }

    @Override
    public boolean supervisionTotal(SupervisionReport.Line line) {
        return super.supervisionTotal(line) && rule.safe(populations.courses());
    }

    @Override
    public boolean ward(SupervisionReport.DepartmentLine ward) {
        return super.ward(ward) && !mergedWards.contains(ward.department());
    }

    @Override
    Set<Long> mergedWards() {
        return mergedWards;
    }

    @Override
    public boolean otherWards(SupervisionReport.Line line) {
        return line.referrals() >= minimum && rule.safe(populations.otherWards());
    }

    @Override
    public boolean yearCourses(YearlyTables.Year year) {
        return super.yearCourses(year) && safeIn(populations.courses(), year);
    }

    @Override
    public boolean yearBaseline(YearlyTables.Year year) {
        return super.yearBaseline(year) && safeIn(populations.courses(), year);
    }

    @Override
    public boolean yearConsent(YearlyTables.Year year) {
        return super.yearConsent(year) && safeIn(populations.consentAsked(), year);
    }

    /** Eval and Opioid each by their forms sent; "together" only when both are safe, so it is never a complement. */
    @Override
    public boolean followUp(YearlyTables.Year year, String form) {
        boolean eval = safeIn(populations.eprom().get("Eval"), year);
        boolean opioid = safeIn(populations.eprom().get("Opioid"), year);
        boolean safe = switch (form) {
            case "Eval" -> eval;
            case "Opioid" -> opioid;
            default -> eval && opioid;
        };
        return super.followUp(year, form) && safe;
    }

    @Override
    public boolean coverageCounts(Coverage coverage) {
        return super.coverageCounts(coverage) && rule.safe(populations.courses());
    }

    @Override
    public boolean coverageShare(Coverage coverage, Count share) {
        return super.coverageShare(coverage, share) && rule.safe(populations.eligible());
    }

    /** Counted among the eligible courses: after reservation = eligible - reserved eligible, so it goes with it. */
    @Override
    public boolean reservedEligible(Coverage coverage) {
        return super.reservedEligible(coverage) && rule.safe(populations.eligible())
                && coverage.beforeReservation().shown(minimum);
    }

    private boolean safeIn(SortedMap<YearMonth, Integer> perMonth, YearlyTables.Year year) {
        return rule.safe(SmallCellSuppression.inYear(perMonth, year.year()));
    }
}
