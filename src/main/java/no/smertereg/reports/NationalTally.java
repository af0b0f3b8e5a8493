package no.smertereg.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The national report's figures of some courses in a form that adds up: indicator counts in total and per month of
 * StartdatoTO, ePROM response, the Tilsyn parts per month and per ward (with their distinct patients) and in total,
 * and the yearly tables' parts. The tally of disjoint courses is the sum of theirs, and from a tally the report is
 * what {@link Indicators}, {@link EpromResponse}, {@link SupervisionReport} and {@link YearlyTables} give from the rows
 * themselves (the same code: each of them is built from these parts). The read model keeps one per unit and month
 * ({@link ReportCells}).
 */
record NationalTally(int courses, Map<Indicator, Count> totals, SortedMap<YearMonth, Map<Indicator, Count>> perMonth,
        List<EpromResponse.FormResponse> eprom, SortedMap<YearMonth, SupervisionReport.Part> supervision,
        List<Ward> wards, SupervisionReport.Part total, SortedMap<Integer, YearlyTables.Part> years) {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** One ward's Tilsyn part; department null: courses without one. */
    record Ward(Long department, SupervisionReport.Part part) {
    }

    static NationalTally of(Collection<CourseRow> rows) {
        Map<YearMonth, List<CourseRow>> months = new HashMap<>();
        Map<Long, List<CourseRow>> wards = new HashMap<>();
        for (CourseRow row : rows) {
            if (row.month() != null) {
                months.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row);
            }
            wards.computeIfAbsent((Long) row.get(ReportColumn.InnlAvd), d -> new ArrayList<>()).add(row);
        }
        SortedMap<YearMonth, SupervisionReport.Part> supervision = new TreeMap<>();
        months.forEach((month, monthRows) -> supervision.put(month, SupervisionReport.Part.of(monthRows)));
        List<Ward> wardParts = new ArrayList<>();
        wards.forEach((ward, wardRows) -> wardParts.add(new Ward(ward, SupervisionReport.Part.of(wardRows))));
        return new NationalTally(rows.size(), Indicators.totals(rows, Variant.NATIONAL),
                Indicators.perMonth(rows, Variant.NATIONAL), EpromResponse.of(rows), supervision, wardParts,
                SupervisionReport.Part.of(rows), YearlyTables.parts(rows));
    }

    /** The tally of both (their courses are disjoint). */
    NationalTally plus(NationalTally other) {
        Sum sum = new Sum();
        sum.add(this);
        sum.add(other);
        return sum.tally();
    }

    /** Adds tallies in place, each set growing once: the sum of a period's cells. */
    static final class Sum {

        private int courses;
        private final Map<Indicator, Count> totals = new EnumMap<>(Indicator.class);
        private final SortedMap<YearMonth, Map<Indicator, Count>> perMonth = new TreeMap<>();
        private List<EpromResponse.FormResponse> eprom;
        private final SortedMap<YearMonth, SupervisionReport.Part> supervision = new TreeMap<>();
        private final Map<Long, SupervisionReport.Part> wards = new HashMap<>();
        private SupervisionReport.Part total;
        private final SortedMap<Integer, YearlyTables.Part> years = new TreeMap<>();

        void add(NationalTally tally) {
            courses += tally.courses;
            tally.totals.forEach((indicator, count) -> totals.merge(indicator, count, Count::plus));
            tally.perMonth.forEach((month, counts) -> perMonth.merge(month, counts, NationalTally::plus));
            eprom = eprom == null ? tally.eprom : EpromResponse.plus(eprom, tally.eprom);
            tally.supervision.forEach((month, part) -> supervision.compute(month,
                    (m, sum) -> sum == null ? part.copy() : sum.absorb(part)));
            tally.wards.forEach(ward -> wards.compute(ward.department(),
                    (d, sum) -> sum == null ? ward.part().copy() : sum.absorb(ward.part())));
            total = total == null ? tally.total.copy() : total.absorb(tally.total);
            tally.years.forEach((year, part) -> years.compute(year,
                    (y, sum) -> sum == null ? part.copy() : sum.absorb(part)));
        }

        /** The sum, or the tally of no course when nothing was added. */
        NationalTally tally() {
            if (total == null) {
                return NationalTally.of(List.of());
            }
            return new NationalTally(courses, Collections.unmodifiableMap(totals), perMonth, eprom, supervision,
                    wards.entrySet().stream().map(e -> new Ward(e.getKey(), e.getValue())).toList(), total, years);
        }
    }

    private static Map<Indicator, Count> plus(Map<Indicator, Count> a, Map<Indicator, Count> b) {
        Map<Indicator, Count> sum = new EnumMap<>(Indicator.class);
        a.forEach((indicator, count) -> sum.put(indicator, count.plus(b.get(indicator))));
        return Collections.unmodifiableMap(sum);
    }

    /** The Tilsyn lines per month of StartdatoTO, in month order. */
    List<SupervisionReport.Line> supervisionLines() {
        return supervision.entrySet().stream().map(e -> e.getValue().line(e.getKey())).toList();
    }

    /** The ward lines in the order of §4. */
    List<SupervisionReport.DepartmentLine> wardLines() {
        Map<Long, SupervisionReport.Part> byWard = new HashMap<>();
        wards.forEach(w -> byWard.put(w.department(), w.part()));
        return SupervisionReport.perDepartment(byWard);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NationalTally fromJson(String json) {
        try {
            return JSON.readValue(json, NationalTally.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
