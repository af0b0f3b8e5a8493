package no.smertereg.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.smertereg.access.OrganisationService;
import no.smertereg.access.RegistryUser;
import no.smertereg.course.CourseReportSource;
import no.smertereg.forms.Registries;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.PageMessages;
import no.smertereg.shared.RegistryClock;

/**
 * {@code /rapporter} of a registry whose indicators are its descriptor's (NNRR): one year, the unit's figures beside
 * the national ones (the yearly report, each hospital its own; SC the nation or one hospital); or, with {@code fraAar}
 * and {@code tilAar}, each indicator year by year (OPR's annual tables), the unit's figure (the nation's without
 * one). A year that is not a whole year from 2015 to this one answers 400 at its field, as do years in the wrong
 * order ({@code tilAar}) or more than ten ({@code fraAar}), with what was typed and no figures.
 */
@Component
class DefinedIndicatorPage {

    static final int FIRST_YEAR = 2015;
    /** The most years one table compares (the annual report's tables over the registry's years). */
    static final int MAX_YEARS = 10;

    /** {@code fraAar} and {@code tilAar} as typed: both, for the table of the years between; neither, for one year. */
    record Years(String from, String to) {

        boolean asked() {
            return from != null || to != null;
        }
    }

    private final DefinedIndicators indicators;
    private final DescriptiveTables descriptive;
    private final Registries registries;
    private final OrganisationService organisation;
    private final CourseReportSource courses;
    private final RegistryClock clock;
    private final PageMessages messages;

    DefinedIndicatorPage(DefinedIndicators indicators, DescriptiveTables descriptive, Registries registries,
            OrganisationService organisation, CourseReportSource courses, RegistryClock clock,
            PageMessages messages) {
        this.indicators = indicators;
        this.descriptive = descriptive;
        this.registries = registries;
        this.organisation = organisation;
        this.courses = courses;
        this.clock = clock;
        this.messages = messages;
    }

    String show(RegistryUser user, String year, Years years, String unit, HttpServletResponse response,
            Model model) {
        ReportScope scope = ReportScope.of(user, true, unit);
        Map<String, String> names = new LinkedHashMap<>();
        organisation.allUnits().forEach(u -> names.put(u.getReshId(), u.getName()));
        model.addAttribute("user", user);
        model.addAttribute("scope", scope);
        model.addAttribute("unitNames", names);
        model.addAttribute("unitChoices", scope.national() ? courses.nationalUnits(scope.registryId())
                : ReportScope.choices(user));
        model.addAttribute("typedYear", year == null ? String.valueOf(clock.today().getYear()) : year);
        model.addAttribute("typedFrom", years.from());
        model.addAttribute("typedTo", years.to());
        try {
            if (years.asked()) {
                int from = year(years.from(), "fraAar");
                int to = year(years.to(), "tilAar");
                requireSpan(from, to);
                model.addAttribute("years", indicators.years(scope, from, to));
                describe(scope, from, to, model);
            } else {
                int one = year(year);
                model.addAttribute("report", indicators.of(scope, one));
                describe(scope, one, one, model);
            }
            model.addAttribute("problems", Map.of());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", messages.byField(e));
        }
        return "reports/indicators";
    }

    /** {@code tilAar} not before {@code fraAar}, at most {@link #MAX_YEARS} years: else 400 at the field. */
    static void requireSpan(int from, int to) {
        if (to < from) {
            throw InvalidInputException.of("tilAar", "error.report.yearsOrder");
        }
        if (to - from + 1 > MAX_YEARS) {
            throw InvalidInputException.of("fraAar", "error.report.yearsSpan", MAX_YEARS);
        }
    }

    /**
     * The registry's descriptive table (OPR's demography) over the years' courses, when it defines one, for a scope with
     * patient-level access: its ranges and small counts describe individuals, and two periods' tables subtracted
     * would show a year the minimum hides, so a figures-only scope (report readers, ADR 0009) does not get it.
     */
    private void describe(ReportScope scope, int from, int to, Model model) {
        if (DescriptiveTables.shownTo(scope, registries.of(scope.registryId()))) {
            model.addAttribute("descriptive", descriptive.of(scope, LocalDate.of(from, 1, 1), LocalDate.of(to, 12,
                    31)));
        }
    }

    private int year(String typed) {
        if (typed == null || typed.isBlank()) {
            return clock.today().getYear();
        }
        return year(typed, "aar");
    }

    /** A whole year from 2015 to this one, or 400 at the field. */
    int year(String typed, String field) {
        if (typed == null) {
            throw InvalidInputException.of(field, "error.report.year", FIRST_YEAR, clock.today().getYear());
        }
        try {
            int year = Integer.parseInt(typed.strip());
            if (year >= FIRST_YEAR && year <= clock.today().getYear()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // answered below, as a year out of range
        }
        throw InvalidInputException.of(field, "error.report.year", FIRST_YEAR, clock.today().getYear());
    }
}
