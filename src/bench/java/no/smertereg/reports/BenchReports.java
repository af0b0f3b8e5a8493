package no.smertereg.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationContext;

/**
 * Benchmark only (src/bench): the report and the export as the page and {@code /rapporter/eksport} make them, for a
 * scope built here (SC nationally, with or without one hospital; LC of one unit). Lives in this package because the
 * service is package-private; the caller sets the Spring Security user, as the audit rows name it.
 */
public final class BenchReports {

    private final ReportService reports;
    private final ExtraColumns extraColumns;
    private final ReportRows stored;
    private final ReportCells cells;

    public BenchReports(ApplicationContext context) {
        this.cells = context.getBean(ReportCells.class);
        this.reports = context.getBean(ReportService.class);
        this.extraColumns = context.getBean(ExtraColumns.class);
        this.stored = context.getBean(ReportRows.class);
    }

    /** Brings the read model's rows up to date (after a bulk load); returns the courses recomputed. */
    public int refresh() {
        return stored.refresh();
    }

    /** Computes the national cells cleared since (as the background refresh does); returns how many. */
    public int recomputeCells() {
        return cells.recomputeCleared(stored);
    }

    /** The report's number of courses (the page's whole computation, without the template). */
    public int report(String registryId, boolean national, String unit, LocalDate from, LocalDate to) {
        return reports.report(new ReportScope(registryId, national, unit, true), from, to).courses();
    }

    /** Writes the export to {@code out} as the endpoint does; returns the number of rows. */
    public long export(String registryId, boolean national, String unit, LocalDate from, LocalDate to, boolean xlsx,
            OutputStream out) {
        ReportScope scope = new ReportScope(registryId, national, unit, true);
        List<String> extras = extraColumns.names(registryId);
        try {
            if (xlsx) {
                try (CourseRowXlsx.Sink sink = new CourseRowXlsx.Sink(extras)) {
                    long rows = reports.export(scope, from, to, sink);
                    sink.finish(out);
                    return rows;
                }
            }
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CourseRowCsv.Sink sink = new CourseRowCsv.Sink(writer, extras);
            long rows = reports.export(scope, from, to, sink);
            sink.flush();
            writer.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
