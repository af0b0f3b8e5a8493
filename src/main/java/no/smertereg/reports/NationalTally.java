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
        Map<Indicator, Count> sum = new EnumMap<>(Indicator.class);
        totals.forEach((indicator, count) -> sum.put(indicator, count.plus(other.totals.get(indicator))));
        SortedMap<YearMonth, Map<Indicator, Count>> months = new TreeMap<>(perMonth);
        other.perMonth.forEach((month, counts) -> months.merge(month, counts, NationalTally::plus));
        SortedMap<YearMonth, SupervisionReport.Part> parts = new TreeMap<>(supervision);
        other.supervision.forEach((month, part) -> parts.merge(month, part, SupervisionReport.Part::plus));
        Map<Long, SupervisionReport.Part> byWard = new HashMap<>();
        for (Ward ward : wards) {
            byWard.merge(ward.department(), ward.part(), SupervisionReport.Part::plus);
        }
        for (Ward ward : other.wards) {
            byWard.merge(ward.department(), ward.part(), SupervisionReport.Part::plus);
        }
        SortedMap<Integer, YearlyTables.Part> yearParts = new TreeMap<>(years);
        other.years.forEach((year, part) -> yearParts.merge(year, part, YearlyTables.Part::plus));
        return new NationalTally(courses + other.courses, Collections.unmodifiableMap(sum), months,
                EpromResponse.plus(eprom, other.eprom), parts, byWard.entrySet().stream()
                        .map(e -> new Ward(e.getKey(), e.getValue())).toList(), total.plus(other.total), yearParts);
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
