package no.smertereg.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The supervision report (Tilsyn, codebook §4): per calendar month of StartdatoTO, per ward (InnlAvd) and in total, the Tilsett
 * distribution, the summed supervisions per profession, "Beh tilsyn" (the five core professions), "Pas tilsyn"
 * (AntPasTils), "Ant pas" (distinct PasientID) and "Ant henv" (distinct ForlopsID). Missing counts are 0.
 */
public final class SupervisionReport {

    /** The professions of the report, in its order: the five core ones, then the consultant physician. */
    static final List<ReportColumn> PROFESSIONS = List.of(ReportColumn.AntTilsLege, ReportColumn.AntTilsSykPleier,
            ReportColumn.AntTilsPsyk, ReportColumn.AntTilsFysioT, ReportColumn.AntTilsSosio,
            ReportColumn.AntTilsKonfLege);

    /**
     * One month (or the total, month null). {@code tilsett} maps the Tilsett code to its count; a missing Tilsett is
     * under key 0.
     */
    public record Line(YearMonth month, int referrals, int patients, SortedMap<Integer, Integer> tilsett,
            Map<ReportColumn, Integer> professions, int coreSupervisions, int patientVisits) {
    }

    /** One ward's line: {@code department} is the InnlAvd id, null for courses without a department. */
    public record DepartmentLine(Long department, Line line) {
    }

    /**
     * The sums behind a {@link Line} over some courses, with their distinct patients (PasientID), so that parts of
     * disjoint courses add up to the part of them all: the read model's cells keep these ({@link NationalTally}).
     */
    record Part(int referrals, Set<Long> patients, SortedMap<Integer, Integer> tilsett,
            Map<ReportColumn, Integer> professions, int coreSupervisions, int patientVisits) {

        static Part of(Collection<CourseRow> rows) {
            SortedMap<Integer, Integer> tilsett = new TreeMap<>();
            Map<ReportColumn, Integer> professions = zeroProfessions();
            int core = 0;
            int visits = 0;
            Set<Long> referrals = new HashSet<>();
            Set<Long> patients = new HashSet<>();
            for (CourseRow row : rows) {
                Integer code = row.integer(ReportColumn.Tilsett);
                tilsett.merge(code == null ? 0 : code, 1, Integer::sum);
                for (ReportColumn profession : PROFESSIONS) {
                    int count = orZero(row.integer(profession));
                    professions.merge(profession, count, Integer::sum);
                    if (Indicator.PROFESSIONS.contains(profession)) {
                        core += count;
                    }
                }
                visits += orZero(row.integer(ReportColumn.AntPasTils));
                if (row.courseId() != null) {
                    referrals.add(row.courseId());
                }
                if (row.get(ReportColumn.PasientID) != null) {
                    patients.add((Long) row.get(ReportColumn.PasientID));
                }
            }
            return new Part(referrals.size(), patients, tilsett, professions, core, visits);
        }

        /** A copy with sets and maps of its own, for {@link #absorb}. */
        Part copy() {
            return new Part(referrals, new HashSet<>(patients), new TreeMap<>(tilsett), new EnumMap<>(professions),
                    coreSupervisions, patientVisits);
        }

        /** This part (a {@link #copy()}) with the other's added into its own sets and maps. */
        Part absorb(Part other) {
            patients.addAll(other.patients);
            other.tilsett.forEach((code, n) -> tilsett.merge(code, n, Integer::sum));
            other.professions.forEach((column, n) -> professions.merge(column, n, Integer::sum));
            return new Part(referrals + other.referrals, patients, tilsett, professions,
                    coreSupervisions + other.coreSupervisions, patientVisits + other.patientVisits);
        }

        /** The part of both (their courses are disjoint: referrals add up, patients are a union). */
        Part plus(Part other) {
            Set<Long> union = new HashSet<>(patients);
            union.addAll(other.patients);
            SortedMap<Integer, Integer> codes = new TreeMap<>(tilsett);
            other.tilsett.forEach((code, n) -> codes.merge(code, n, Integer::sum));
            Map<ReportColumn, Integer> sums = new EnumMap<>(professions);
            other.professions.forEach((column, n) -> sums.merge(column, n, Integer::sum));
            return new Part(referrals + other.referrals, union, codes, sums, coreSupervisions
                    + other.coreSupervisions, patientVisits + other.patientVisits);
        }

        Line line(YearMonth month) {
            return new Line(month, referrals, patients.size(), Collections.unmodifiableSortedMap(
                    new TreeMap<>(tilsett)), Collections.unmodifiableMap(new EnumMap<>(professions)),
                    coreSupervisions, patientVisits);
        }

        private static Map<ReportColumn, Integer> zeroProfessions() {
            Map<ReportColumn, Integer> professions = new EnumMap<>(ReportColumn.class);
            PROFESSIONS.forEach(p -> professions.put(p, 0));
            return professions;
        }
    }

    private SupervisionReport() {
    }

    public static List<Line> perMonth(Collection<CourseRow> rows) {
        Map<YearMonth, List<CourseRow>> months = rows.stream().filter(r -> r.month() != null)
                .collect(Collectors.groupingBy(CourseRow::month, TreeMap::new, Collectors.toList()));
        return months.entrySet().stream().map(e -> line(e.getKey(), e.getValue())).toList();
    }

    /** Per ward (InnlAvd), the most referrals first, then by department id (no department last), as in §4. */
    public static List<DepartmentLine> perDepartment(Collection<CourseRow> rows) {
        Map<Long, List<CourseRow>> wards = new HashMap<>();
        rows.forEach(r -> wards.computeIfAbsent((Long) r.get(ReportColumn.InnlAvd), d -> new ArrayList<>()).add(r));
        Map<Long, Part> parts = new HashMap<>();
        wards.forEach((ward, wardRows) -> parts.put(ward, Part.of(wardRows)));
        return perDepartment(parts);
    }

    /** The ward lines of each ward's part (key null: no department), in the order of §4. */
    static List<DepartmentLine> perDepartment(Map<Long, Part> wards) {
        return wards.entrySet().stream().map(e -> new DepartmentLine(e.getKey(), e.getValue().line(null)))
                .sorted(Comparator.comparingInt((DepartmentLine d) -> -d.line().referrals()).thenComparing(
                        DepartmentLine::department, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public static Line total(Collection<CourseRow> rows) {
        return line(null, rows);
    }

    private static Line line(YearMonth month, Collection<CourseRow> rows) {
        return Part.of(rows).line(month);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
