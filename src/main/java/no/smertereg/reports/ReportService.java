package no.smertereg.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.PatientDataAccess.Subject;

/**
 * The report of a scope and period: the rows, the indicators in the scope's variant, per month and (nationally) per
 * hospital with the Snitt line, ePROM response, Tilsyn per month and ward, the OPR yearly tables, and which of the
 * figures the page may show ({@link Disclosure}; ADR 0009 for scopes without patient-level access); and the CSV
 * export of the same rows, each exported course recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
class ReportService {

    static final String EXPORT_ACTION = "REPORT_EXPORT";
    static final int MAX_MONTHS = 120;

    /** A report as the page shows it. Hospital maps are keyed by AvdRESH. */
    record Report(ReportScope scope, LocalDate from, LocalDate to, int courses, int minimumCourses,
            List<YearMonth> months, Map<Indicator, Count> totals, SortedMap<YearMonth, Map<Indicator, Count>> perMonth,
            SortedMap<String, Map<Indicator, Count>> perHospital,
            SortedMap<String, SortedMap<YearMonth, Map<Indicator, Count>>> perHospitalAndMonth,
            SortedMap<YearMonth, Map<Indicator, Double>> snitt, List<EpromResponse.FormResponse> eprom,
            List<SupervisionReport.Line> supervision, List<SupervisionReport.DepartmentLine> supervisionPerDepartment,
            SupervisionReport.Line supervisionTotal, SupervisionReport.Line otherWards, List<YearlyTables.Year> years,
            Coverage coverage, Disclosure disclosure) {
    }

    private final CourseRowReader reader;
    private final ReportRows stored;
    private final ReportCells cells;
    private final ApplicationEventPublisher events;
    private final int minimumCourses;

    ReportService(CourseRowReader reader, ReportRows stored, ReportCells cells, ApplicationEventPublisher events,
            @Value("${registry.reports.minimum-courses:5}") int minimumCourses) {
        this.reader = reader;
        this.stored = stored;
        this.cells = cells;
        this.events = events;
        this.minimumCourses = minimumCourses;
    }

    Report report(ReportScope scope, LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        if (!scope.mayExport()) {
            ReportPeriod.requireWholeMonths(from, to);
        }
        if (scope.national() && stored.enabled()) {
            return national(scope, from, to);
        }
        CourseRowReader.Rows local = scope.national() ? null : unitRows(scope, from, to);
        List<CourseRow> all = scope.national() ? nationalRows(scope.registryId(), from, to) : local.complete();
        List<CourseRow> rows = inScope(scope, all);
        Variant variant = scope.variant();
        Disclosure disclosure = scope.mayExport() ? new Disclosure(minimumCourses)
                : FiguresOnlyDisclosure.of(rows, variant, minimumCourses);
        Set<Long> merged = disclosure.mergedWards();
        List<SupervisionReport.DepartmentLine> wards = SupervisionReport.perDepartment(rows).stream()
                .filter(w -> !merged.contains(w.department())).toList();
        SupervisionReport.Line otherWards = merged.isEmpty() ? null : SupervisionReport.total(rows.stream()
                .filter(r -> merged.contains((Long) r.get(ReportColumn.InnlAvd))).toList());
        // The Snitt line is the mean over every hospital, also when SC looks at one of them.
        return new Report(scope, from, to, rows.size(), minimumCourses, months(from, to),
                Indicators.totals(rows, variant), Indicators.perMonth(rows, variant),
                Indicators.perHospital(rows, variant), Indicators.perHospitalAndMonth(rows, variant),
                scope.national() ? Indicators.snitt(all, variant) : new TreeMap<>(), EpromResponse.of(rows),
                SupervisionReport.perMonth(rows), wards, SupervisionReport.total(rows), otherWards,
                YearlyTables.of(rows), local == null ? null : Coverage.of(coverageRows(scope, local)), disclosure);
    }

    /**
     * Coverage counts every registered course (TO finalised), also those not complete. Without patient-level access
     * it counts the report's courses only (ADR 0009): the registered courses not yet complete are shown nowhere else,
     * so coverage minus the yearly consent figures would describe them, often one or two courses.
     */
    private static List<CourseRow> coverageRows(ReportScope scope, CourseRowReader.Rows local) {
        return scope.mayExport() ? local.registered() : local.complete();
    }

    /** The national report from the read model's cells (ADR 0020), without reading every course of the period. */
    private Report national(ReportScope scope, LocalDate from, LocalDate to) {
        stored.refresh();
        return NationalReport.of(scope, from, to, cells.pieces(stored, scope.registryId(), from, to), minimumCourses);
    }

    /** Checks an export before anything of it is written: patient-level access and the period. */
    void checkExport(ReportScope scope, LocalDate from, LocalDate to) {
        scope.requireExport();
        checkPeriod(from, to);
    }

    /**
     * The flat table for an export, handed to {@code sink} a page at a time; every course in a page is recorded as
     * read by this user (REPORT_EXPORT) before the page is written. No transaction is held: each page's audit rows
     * are written on their own, so a download broken off leaves the record of what was sent. Returns the rows.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    long export(ReportScope scope, LocalDate from, LocalDate to, Consumer<List<CourseRow>> sink) {
        checkExport(scope, from, to);
        if (!stored.enabled()) {
            List<CourseRow> rows = scope.national() ? inScope(scope, reader.national(scope.registryId(), from, to))
                    : reader.unit(scope.registryId(), scope.unitResh(), from, to);
            written(rows, sink);
            return rows.size();
        }
        stored.refresh();
        long[] count = {0};
        stored.read(new ReportRows.Selection(scope.registryId(), scope.national(), scope.unitResh(), from, to),
                page -> {
                    List<CourseRow> rows = page.stream().filter(ReportRows.Stored::complete)
                            .map(ReportRows.Stored::row).toList();
                    written(rows, sink);
                    count[0] += rows.size();
                });
        return count[0];
    }

    private void written(List<CourseRow> rows, Consumer<List<CourseRow>> sink) {
        if (rows.isEmpty()) {
            return;
        }
        events.publishEvent(PatientDataAccess.readOf(EXPORT_ACTION, rows.stream().map(r -> new Subject(
                (Long) r.get(ReportColumn.PasientID), r.courseId(), r.unitResh(), null)).toList()));
        sink.accept(rows);
    }

    /** The unit's courses (its local registry): complete and registered. */
    private CourseRowReader.Rows unitRows(ReportScope scope, LocalDate from, LocalDate to) {
        if (!stored.enabled()) {
            return reader.unitWithRegistered(scope.registryId(), scope.unitResh(), from, to);
        }
        stored.refresh();
        return stored.rows(new ReportRows.Selection(scope.registryId(), false, scope.unitResh(), from, to));
    }

    /** The registry's national courses, every hospital, complete. */
    private List<CourseRow> nationalRows(String registryId, LocalDate from, LocalDate to) {
        if (!stored.enabled()) {
            return reader.national(registryId, from, to);
        }
        stored.refresh();
        return stored.rows(new ReportRows.Selection(registryId, true, null, from, to)).complete();
    }

    /** Nationally, SC may narrow the rows to one hospital. */
    private static List<CourseRow> inScope(ReportScope scope, List<CourseRow> rows) {
        return !scope.national() || scope.unitResh() == null ? rows
                : rows.stream().filter(r -> scope.unitResh().equals(r.unitResh())).toList();
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInputException.of("to", "error.report.period");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS - 1L).isBefore(YearMonth.from(to))) {
            throw InvalidInputException.of("from", "error.report.periodTooLong", MAX_MONTHS / 12);
        }
    }

    static List<YearMonth> months(LocalDate from, LocalDate to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
