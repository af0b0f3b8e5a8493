package no.smertereg.reports;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.course.CourseReportSource;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryClock;

/**
 * {@code /rapporter} of a registry whose indicators are its descriptor's (NNRR): one year, the unit's figures beside
 * the national ones (the yearly report, each hospital its own; SC the nation or one hospital). A year that is not a
 * whole year from 2015 to this one answers 400 at {@code aar}, with what was typed and no figures.
 */
@Component
class DefinedIndicatorPage {

    static final int FIRST_YEAR = 2015;

    private final DefinedIndicators indicators;
    private final OrganisationService organisation;
    private final CourseReportSource courses;
    private final RegistryClock clock;
    private final PageMessages messages;

    DefinedIndicatorPage(DefinedIndicators indicators, OrganisationService organisation, CourseReportSource courses,
            RegistryClock clock, PageMessages messages) {
        this.indicators = indicators;
        this.organisation = organisation;
        this.courses = courses;
        this.clock = clock;
        this.messages = messages;
    }

    String show(RegistryUser user, String year, String unit, HttpServletResponse response, Model model) {
        ReportScope scope = ReportScope.of(user, true, unit);
        Map<String, String> names = new LinkedHashMap<>();
        organisation.allUnits().forEach(u -> names.put(u.getReshId(), u.getName()));
        model.addAttribute("user", user);
        model.addAttribute("scope", scope);
        model.addAttribute("unitNames", names);
        model.addAttribute("unitChoices", scope.national() ? courses.nationalUnits(scope.registryId())
                : ReportScope.choices(user));
        model.addAttribute("typedYear", year == null ? String.valueOf(clock.today().getYear()) : year);
        try {
            model.addAttribute("report", indicators.of(scope, year(year)));
            model.addAttribute("problems", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", messages.byField(e));
        }
        return "reports/indicators";
    }

    private int year(String typed) {
        if (typed == null || typed.isBlank()) {
            return clock.today().getYear();
        }
        try {
            int year = Integer.parseInt(typed.strip());
            if (year >= FIRST_YEAR && year <= clock.today().getYear()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below, as a year out of range
        }
        throw InvalidInputException.of("aar", "error.report.year", FIRST_YEAR, clock.today().getYear());
    }
}
