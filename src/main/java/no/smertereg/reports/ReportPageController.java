package no.smertereg.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.forms.Registries;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryClock;

/**
 * Rapporter: the indicators of the user's unit (LU, LC, report reader) or, for SC, of the national registry with a
 * table per hospital and the Snitt line; filters period and unit; the CSV export of the same courses. The session's
 * registry's courses, for a registry whose descriptor names this module's report set ({@link ReportScope}).
 */
@Controller
class ReportPageController {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ExtraColumns extraColumns;
    private final ReportService reports;
    private final OrganisationService organisation;
    private final RegistryClock clock;
    private final PageMessages messages;
    private final Registries registries;
    private final DefinedIndicatorPage definedPage;

    ReportPageController(ReportService reports, OrganisationService organisation, RegistryClock clock,
            PageMessages messages, ExtraColumns extraColumns, Registries registries,
            DefinedIndicatorPage definedPage) {
        this.definedPage = definedPage;
        this.registries = registries;
        this.extraColumns = extraColumns;
        this.reports = reports;
        this.organisation = organisation;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * The page. A period the scope may not ask for (ADR 0009: whole months without patient-level access) or cannot
     * be read answers 400 with the filter, the problem at its field and what was typed, and no figures.
     */
    @GetMapping("/rapporter")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String enhet, @RequestParam(required = false) String aar,
            @RequestParam(required = false) String fraAar, @RequestParam(required = false) String tilAar,
            HttpServletResponse response, Model model) {
        RegistryUser user = CurrentUser.get();
        if (registries.exists(user.registryId()) && DefinedIndicators.defines(registries.of(user.registryId()))) {
            return definedPage.show(user, aar, new DefinedIndicatorPage.Years(fraAar, tilAar), enhet, response,
                    model);
        }
        ReportScope scope = scope(user, enhet);
        model.addAttribute("user", user);
        model.addAttribute("scope", scope);
        model.addAttribute("monthInputs", !scope.mayExport());
        model.addAttribute("unitNames", unitNames());
        model.addAttribute("unitChoices", scope.national() ? hospitals() : ReportScope.choices(user));
        ReportService.Report report;
        try {
            ReportPeriod period = ReportPeriod.of(from, to, !scope.mayExport(), clock.today());
            report = reports.report(scope, period.from(), period.to());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", messages.byField(e));
            model.addAttribute("values", typed(from, to));
            return "reports/report";
        }
        model.addAttribute("report", report);
        model.addAttribute("problems", Map.of());
        model.addAttribute("values", scope.mayExport() ? typed(report.from().toString(), report.to().toString())
                : typed(YearMonth.from(report.from()).toString(), YearMonth.from(report.to()).toString()));
        model.addAttribute("indicators", Arrays.asList(Indicator.values()));
        model.addAttribute("charts", ReportChart.lines(report));
        model.addAttribute("hospitalCharts", scope.national() ? ReportChart.hospitalLines(report.months(),
                report.perHospitalAndMonth(), report.minimumCourses()) : Map.of());
        model.addAttribute("professions", SupervisionReport.PROFESSIONS);
        model.addAttribute("supervisionLines", supervisionPerMonth(report));
        model.addAttribute("wardLines", supervisionPerWard(report));
        model.addAttribute("tilsettCodes", List.of(1, 2, 3, 4, 5, 6, 0));
        return "reports/report";
    }

    private static Map<String, String> typed(String from, String to) {
        Map<String, String> values = new HashMap<>();
        values.put("from", from);
        values.put("to", to);
        return values;
    }

    /**
     * A line of a Tilsyn table: its label (a month, a ward's name) or the message key of one (total, no ward, other
     * wards), and whether its figures are shown.
     */
    record SupervisionRow(String label, String labelKey, SupervisionReport.Line line, boolean shown) {
    }

    private static List<SupervisionRow> supervisionPerMonth(ReportService.Report report) {
        Disclosure shown = report.disclosure();
        List<SupervisionRow> rows = new ArrayList<>();
        report.supervision().forEach(l -> rows.add(new SupervisionRow(l.month().toString(), null, l,
                shown.supervisionMonth(l))));
        rows.add(total(report));
        return rows;
    }

    /**
     * Per ward (codebook: avdelingsoversikt's short name via InnlAvd), the most referrals first; without patient-level
     * access the wards hidden by ADR 0009 together as "other wards"; then the total.
     */
    private List<SupervisionRow> supervisionPerWard(ReportService.Report report) {
        Disclosure shown = report.disclosure();
        List<SupervisionRow> rows = new ArrayList<>();
        for (SupervisionReport.DepartmentLine ward : report.supervisionPerDepartment()) {
            String name = ward.department() == null ? null : organisation.department(ward.department())
                    .map(d -> d.getName() + " (" + d.getShortName() + ")").orElse(ward.department().toString());
            rows.add(new SupervisionRow(name, name == null ? "report.supervision.noWard" : null, ward.line(),
                    shown.ward(ward)));
        }
        if (report.otherWards() != null) {
            rows.add(new SupervisionRow(null, "report.supervision.otherWards", report.otherWards(),
                    shown.otherWards(report.otherWards())));
        }
        rows.add(total(report));
        return rows;
    }

    private static SupervisionRow total(ReportService.Report report) {
        return new SupervisionRow(null, "report.total", report.supervisionTotal(),
                report.disclosure().supervisionTotal(report.supervisionTotal()));
    }

    /**
     * The flat table as CSV (default) or XLSX ({@code format=xlsx}), streamed page by page as the rows are read: the
     * request is checked (format, access, period) before anything is written, so a refusal is a clean 4xx.
     */
    @GetMapping("/rapporter/eksport")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String enhet, @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (!xlsx && !"csv".equalsIgnoreCase(format)) {
            throw InvalidInputException.of("format", "error.report.format");
        }
        ReportScope scope = scope(CurrentUser.get(), enhet);
        LocalDate end = to == null ? clock.today() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        reports.checkExport(scope, start, end);
        List<String> extras = extraColumns.names(scope.registryId());
        String name = scope.registryId() + "-" + (scope.national() ? "nasjonal" : scope.unitResh())
                + (scope.national() && scope.unitResh() != null ? "-" + scope.unitResh() : "") + "-" + start + "-"
                + end + (xlsx ? ".xlsx" : ".csv");
        response.setContentType(xlsx ? XLSX : "text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        if (xlsx) {
            try (CourseRowXlsx.Sink sink = new CourseRowXlsx.Sink(extras)) {
                reports.export(scope, start, end, sink);
                sink.finish(out);
            }
        } else {
            out.write(UTF8_BOM);
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CourseRowCsv.Sink sink = new CourseRowCsv.Sink(writer, extras);
            reports.export(scope, start, end, sink);
            sink.flush();
            writer.flush();
        }
    }

    /** The user's scope in the session's registry, if that registry has this module's report set. */
    private ReportScope scope(RegistryUser user, String requestedUnit) {
        String registryId = user.registryId();
        Optional<String> reportSet = registries.exists(registryId)
                ? registries.of(registryId).descriptor().reportSet() : Optional.empty();
        return ReportScope.of(user, reportSet, requestedUnit);
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new LinkedHashMap<>();
        organisation.allUnits().forEach(u -> names.put(u.getReshId(), u.getName()));
        return names;
    }

    private List<String> hospitals() {
        return organisation.allUnits().stream().filter(u -> !u.isNational())
                .sorted(Comparator.comparing(OrgUnit::getName)).map(OrgUnit::getReshId).toList();
    }
}
