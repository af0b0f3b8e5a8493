package no.smertereg.reports;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.smertereg.access.CurrentUser;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.shared.NotFoundException;

/**
 * {@code /rapporter/arstabeller.pdf}: the annual tables of a registry whose indicators are its descriptor's (OPR), for
 * the years {@code fraAar}-{@code tilAar}, as the page's years view shows them to the same user. Figures only, no
 * patient; a registry without such tables answers 404, a wrong year 400 at its field.
 */
@Controller
class AnnualTablesController {

    private final DefinedIndicators indicators;
    private final DescriptiveTables descriptive;
    private final DefinedIndicatorPage page;
    private final AnnualTablesPdf pdf;
    private final Registries registries;
    private final OrganisationService organisation;

    AnnualTablesController(DefinedIndicators indicators, DescriptiveTables descriptive, DefinedIndicatorPage page,
            AnnualTablesPdf pdf, Registries registries, OrganisationService organisation) {
        this.indicators = indicators;
        this.descriptive = descriptive;
        this.page = page;
        this.pdf = pdf;
        this.registries = registries;
        this.organisation = organisation;
    }

    @GetMapping("/rapporter/arstabeller.pdf")
    ResponseEntity<byte[]> annualTables(@RequestParam(required = false) String fraAar,
            @RequestParam(required = false) String tilAar, @RequestParam(required = false) String enhet,
            Locale locale) {
        RegistryUser user = CurrentUser.get();
        ReportScope scope = ReportScope.of(user, true, enhet);
        RegistryDefinitions registry = registries.of(scope.registryId());
        if (!DefinedIndicators.defines(registry)) {
            throw new NotFoundException("error.report.noAnnualTables");
        }
        int from = page.year(fraAar, "fraAar");
        int to = page.year(tilAar, "tilAar");
        DefinedIndicatorPage.requireSpan(from, to);
        List<DefinedIndicators.Report> years = indicators.years(scope, from, to);
        DescriptiveTables.Table table = DescriptiveTables.shownTo(scope, registry)
                ? descriptive.of(scope, java.time.LocalDate.of(from, 1, 1), java.time.LocalDate.of(to, 12, 31))
                : null;
        String where = scope.unitResh() == null ? registry.descriptor().name()
                : registry.descriptor().shortNameOrId() + " · " + organisation.unit(scope.unitResh())
                        .map(OrgUnit::getName).orElse(scope.unitResh());
        byte[] body = pdf.render(where, scope.unitResh() != null, years, table, locale);
        String name = registry.descriptor().id() + "-arstabeller-" + from + "-" + to + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }
}
