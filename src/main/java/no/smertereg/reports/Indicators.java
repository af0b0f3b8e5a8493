package no.smertereg.reports;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pure computation of every {@link Indicator} over a list of rows: in total, per calendar month of StartdatoTO,
 * per hospital (AvdRESH), and the national "Snitt" = the unweighted mean of the hospitals' monthly shares.
 */
public final class Indicators {

    private Indicators() {
    }

    /** Numerator and denominator of every indicator over these rows. */
    public static Map<Indicator, Count> totals(Collection<CourseRow> rows, Variant variant) {
        Map<Indicator, Count> counts = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            Count count = Count.ZERO;
            for (CourseRow row : rows) {
                count = count.plus(indicator.outcome(row, variant));
            }
            counts.put(indicator, count);
        }
        return Collections.unmodifiableMap(counts);
    }

    /** One indicator over these rows. */
    public static Count count(Collection<CourseRow> rows, Indicator indicator, Variant variant) {
        return totals(rows, variant).get(indicator);
    }

    /** Per calendar month of StartdatoTO (rows without a start date are left out), in month order. */
    public static SortedMap<YearMonth, Map<Indicator, Count>> perMonth(Collection<CourseRow> rows, Variant variant) {
        return grouped(rows, CourseRow::month, variant);
    }

    /** Per hospital (AvdRESH), in RESH order. */
    public static SortedMap<String, Map<Indicator, Count>> perHospital(Collection<CourseRow> rows, Variant variant) {
        return grouped(rows, CourseRow::unitResh, variant);
    }

    /** Per hospital, then per month: the national report's lines. */
    public static SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospitalAndMonth(
            Collection<CourseRow> rows, Variant variant) {
        Map<String, List<CourseRow>> byHospital = rows.stream().filter(r -> r.unitResh() != null)
                .collect(Collectors.groupingBy(CourseRow::unitResh));
        SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> result = new TreeMap<>();
        byHospital.forEach((resh, hospitalRows) -> result.put(resh, perMonth(hospitalRows, variant)));
        return Collections.unmodifiableSortedMap(result);
    }

    /**
     * The national "Snitt" line: per month and indicator, the unweighted mean of the shares of the hospitals that
     * have a denominator that month (a hospital without one is not a zero). Months with no such hospital are absent
     * for that indicator. Not a pooled proportion (codebook §6.4).
     */
    public static SortedMap<YearMonth, Map<Indicator, Double>> snitt(Collection<CourseRow> rows, Variant variant) {
        return snitt(perHospitalAndMonth(rows, variant));
    }

    /** The Snitt line of the hospitals' monthly counts. */
    static SortedMap<YearMonth, Map<Indicator, Double>> snitt(
            SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> lines) {
        SortedMap<YearMonth, Map<Indicator, Double>> result = new TreeMap<>();
        lines.values().stream().flatMap(m -> m.keySet().stream()).distinct().forEach(month -> {
            Map<Indicator, Double> means = new EnumMap<>(Indicator.class);
            for (Indicator indicator : Indicator.values()) {
                OptionalDouble mean = lines.values().stream().map(m -> m.get(month)).filter(m -> m != null)
                        .map(m -> m.get(indicator).share()).filter(share -> share != null)
                        .mapToDouble(Double::doubleValue).average();
                mean.ifPresent(value -> means.put(indicator, value));
            }
            result.put(month, Collections.unmodifiableMap(means));
        });
        return Collections.unmodifiableSortedMap(result);
    }

    private static <K extends Comparable<K>> SortedMap<K, Map<Indicator, Count>> grouped(Collection<CourseRow> rows,
            Function<CourseRow, K> key, Variant variant) {
        Map<K, List<CourseRow>> groups = rows.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key));
        SortedMap<K, Map<Indicator, Count>> result = new TreeMap<>();
        groups.forEach((k, groupRows) -> result.put(k, totals(groupRows, variant)));
        return Collections.unmodifiableSortedMap(result);
    }
}
