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
import java.util.Locale;

import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ViewResolver;

/**
 * Benchmark only (src/bench): the report and the export as the page and {@code /rapporter/eksport} make them, for a
 * scope built here (SC nationally, with or without one hospital; LC of one unit). Lives in this package because the
 * service is package-private; the caller sets the Spring Security user, as the audit rows name it.
 */
public final class BenchReports {

    private final ReportService reports;
    private final ExtraColumns extraColumns;
    private final ReportRows stored;
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb");

    private final ReportCells cells;
    private final ReportPageController controller;
    private final ViewResolver views;

    public BenchReports(ApplicationContext context) {
        this.controller = context.getBean(ReportPageController.class);
        this.views = context.getBean("thymeleafViewResolver", ViewResolver.class);
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

    /**
     * The page as {@code GET /rapporter} answers it: the controller's model, rendered by the page's template into
     * the response body; returns the body's length. No HTTP, no filters (login, CSRF, audit of the request).
     */
    public int page(String unit, LocalDate from, LocalDate to) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/rapporter");
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        try {
            ExtendedModelMap model = new ExtendedModelMap();
            String view = controller.page(from.toString(), to.toString(), unit, null, null, null, response, model);
            if (response.getStatus() != 200) {
                throw new IllegalStateException("the page answered " + response.getStatus());
            }
            views.resolveViewName(view, NORWEGIAN).render(model, request, response);
            return response.getContentAsByteArray().length;
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
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
