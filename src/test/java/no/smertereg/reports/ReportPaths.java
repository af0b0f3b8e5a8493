package no.smertereg.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import no.smertereg.forms.Registries;

/**
 * For the integration tests (package it): the report and the export of a scope both ways, through the read model
 * (the application's service) and from the forms' answers per request as before it (the same service with the read
 * model off), so a test can assert they are equal.
 */
public final class ReportPaths {

    private final ReportService fast;
    private final ReportService reference;
    private final ReportRows rows;

    public ReportPaths(ApplicationContext context) {
        this.fast = context.getBean(ReportService.class);
        this.rows = context.getBean(ReportRows.class);
        ReportRows off = new ReportRows(context.getBean(JdbcTemplate.class), context.getBean(ReportCells.class),
                context.getBean(CourseRowReader.class),
                context.getBean(Registries.class), context.getBean(PlatformTransactionManager.class),
                context.getBean(DataSource.class), false);
        this.reference = new ReportService(context.getBean(CourseRowReader.class), off,
                context.getBean(ReportCells.class), context,
                Integer.parseInt(context.getEnvironment().getProperty("registry.reports.minimum-courses", "5")));
    }

    /** True when the application reads its reports from the read model (PostgreSQL). */
    public boolean readModelOn() {
        return rows.enabled();
    }

    /** A scope: SC's national one (optionally one hospital), or a unit's with patient-level access (LC). */
    public record Scope(String registryId, boolean national, String unitResh) {

        ReportScope scope() {
            return new ReportScope(registryId, national, unitResh, true);
        }
    }

    public Object fastReport(Scope scope, LocalDate from, LocalDate to) {
        return fast.report(scope.scope(), from, to);
    }

    public Object referenceReport(Scope scope, LocalDate from, LocalDate to) {
        return reference.report(scope.scope(), from, to);
    }

    /** The export's rows in ForlopsID order, each as its columns' values and then its extra columns. */
    public List<Map<String, Object>> fastExport(Scope scope, LocalDate from, LocalDate to) {
        return export(fast, scope, from, to);
    }

    public List<Map<String, Object>> referenceExport(Scope scope, LocalDate from, LocalDate to) {
        return export(reference, scope, from, to);
    }

    private static List<Map<String, Object>> export(ReportService service, Scope scope, LocalDate from,
            LocalDate to) {
        List<CourseRow> exported = new ArrayList<>();
        service.export(scope.scope(), from, to, exported::addAll);
        return exported.stream().sorted(Comparator.comparing(CourseRow::courseId)).map(r -> {
            Map<String, Object> values = new LinkedHashMap<>();
            r.values().forEach((column, value) -> values.put(column.name(), value));
            values.putAll(r.extras());
            return values;
        }).toList();
    }
}
