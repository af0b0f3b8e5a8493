package no.smertereg.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The national report from the read model's tallies (ADR 0020): the same figures {@link ReportService} computes
 * from the rows. Each hospital's counts per month are added up for its line and the Snitt; the sets of patients are
 * added only for the hospitals in scope (all, or the one SC chose). Hospitals without a course have no line.
 */
final class NationalReport {

    private NationalReport() {
    }

    static ReportService.Report of(ReportScope scope, LocalDate from, LocalDate to, List<ReportCells.Piece> pieces,
            int minimumCourses) {
        Map<String, Integer> courses = new TreeMap<>();
        Map<String, Map<Indicator, Count>> totals = new TreeMap<>();
        SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> lines = new TreeMap<>();
        NationalTally.Sum inScope = new NationalTally.Sum();
        for (ReportCells.Piece piece : pieces) {
            NationalTally tally = piece.tally();
            if (tally.courses() == 0) {
                continue;
            }
            courses.merge(piece.unitResh(), tally.courses(), Integer::sum);
            Map<Indicator, Count> unitTotals = totals.computeIfAbsent(piece.unitResh(),
                    u -> new EnumMap<>(Indicator.class));
            tally.totals().forEach((indicator, count) -> unitTotals.merge(indicator, count, Count::plus));
            SortedMap<YearMonth, Map<Indicator, Count>> line = lines.computeIfAbsent(piece.unitResh(),
                    u -> new TreeMap<>());
            tally.perMonth().forEach((month, counts) -> line.merge(month, counts, NationalReport::plus));
            if (scope.unitResh() == null || scope.unitResh().equals(piece.unitResh())) {
                inScope.add(tally);
            }
        }
        NationalTally tally = inScope.tally();
        SortedMap<String, Map<Indicator, Count>> perHospital = new TreeMap<>();
        SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospitalAndMonth = new TreeMap<>();
        courses.keySet().stream().filter(u -> scope.unitResh() == null || scope.unitResh().equals(u)).forEach(u -> {
            perHospital.put(u, Collections.unmodifiableMap(totals.get(u)));
            perHospitalAndMonth.put(u, Collections.unmodifiableSortedMap(lines.get(u)));
        });
        return new ReportService.Report(scope, from, to, tally.courses(), minimumCourses,
                ReportService.months(from, to), tally.totals(), Collections.unmodifiableSortedMap(tally.perMonth()),
                Collections.unmodifiableSortedMap(perHospital), Collections.unmodifiableSortedMap(perHospitalAndMonth),
                Indicators.snitt(lines), tally.eprom(), tally.supervisionLines(), tally.wardLines(),
                tally.total().line(null), null, YearlyTables.of(tally.years()), null, new Disclosure(minimumCourses));
    }

    private static Map<Indicator, Count> plus(Map<Indicator, Count> a, Map<Indicator, Count> b) {
        Map<Indicator, Count> sum = new EnumMap<>(a);
        b.forEach((indicator, count) -> sum.merge(indicator, count, Count::plus));
        return sum;
    }
}
