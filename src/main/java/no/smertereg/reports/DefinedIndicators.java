package no.smertereg.reports;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseReportSource;
import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.eprom.CourseContexts;
import no.smertereg.forms.IndicatorRules;
import no.smertereg.forms.IndicatorRules.Counted;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.forms.RegistryDescriptor.IndicatorRule;

/**
 * A registry's indicators as its descriptor defines them (NNRR, codebook §5.5), for one year: the unit's figure and
 * the national one. A course counts once its course-type form is finalised (or, with {@code "courses": "all"}, from
 * its creation); its context is {@link CourseContexts}'s. An expression that gives a number adds that many (OPR's
 * invitations per course), true adds one. An indicator with {@code after} counts the courses whose start
 * date lies that long before the year (NNRR's follow-up indicators: the year of the 6-month form).
 */
@Service
@Transactional(readOnly = true)
class DefinedIndicators {

    private static final int CHUNK = 500;

    /** Numerator and denominator; a unit's figure under the registry's minimum denominator is not shown. */
    record Figure(int numerator, int denominator, int minimum) {

        public boolean shown() {
            return denominator >= minimum;
        }

        public long percent() {
            return Math.round(100.0 * numerator / denominator);
        }
    }

    /** One indicator's line: the courses' start dates it counts ({@code from}-{@code to}), unit (or null), national. */
    record Line(IndicatorRule rule, LocalDate from, LocalDate to, Figure unit, Figure national) {
    }

    record Report(int year, int minimum, List<Line> lines) {
    }

    private final Registries registries;
    private final IndicatorRules rules;
    private final CourseReportSource courses;
    private final CourseContexts contexts;

    DefinedIndicators(Registries registries, IndicatorRules rules, CourseReportSource courses,
            CourseContexts contexts) {
        this.registries = registries;
        this.rules = rules;
        this.courses = courses;
        this.contexts = contexts;
    }

    static boolean defines(RegistryDefinitions registry) {
        return registry.descriptor().indicators() != null && !IndicatorRules.rules(registry).isEmpty();
    }

    /** Each year's report from {@code from} to {@code to}, in order. */
    List<Report> years(ReportScope scope, int from, int to) {
        List<Report> reports = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            reports.add(of(scope, year));
        }
        return reports;
    }

    Report of(ReportScope scope, int year) {
        RegistryDefinitions registry = registries.of(scope.registryId());
        List<IndicatorRule> defined = IndicatorRules.rules(registry);
        int minimum = registry.descriptor().indicators().minimumDenominator();
        Map<Period, int[][]> unit = new LinkedHashMap<>();
        Map<Period, int[][]> national = new LinkedHashMap<>();
        for (IndicatorRule rule : defined) {
            Period offset = rule.offset();
            if (!national.containsKey(offset)) {
                LocalDate from = LocalDate.of(year, 1, 1).minus(offset);
                LocalDate to = LocalDate.of(year, 12, 31).minus(offset);
                national.put(offset, count(registry, courses.national(registry.descriptor().id(), from, to)));
                if (scope.unitResh() != null) {
                    unit.put(offset, count(registry, courses.ofUnit(registry.descriptor().id(), scope.unitResh(),
                            from, to)));
                }
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < defined.size(); i++) {
            IndicatorRule rule = defined.get(i);
            int[][] ofUnit = unit.get(rule.offset());
            int[][] ofNation = national.get(rule.offset());
            lines.add(new Line(rule, LocalDate.of(year, 1, 1).minus(rule.offset()),
                    LocalDate.of(year, 12, 31).minus(rule.offset()),
                    ofUnit == null ? null : new Figure(ofUnit[i][0], ofUnit[i][1], minimum),
                    new Figure(ofNation[i][0], ofNation[i][1], minimum)));
        }
        return new Report(year, minimum, lines);
    }

    /** Per indicator in order: {numerator, denominator} over the courses. */
    private int[][] count(RegistryDefinitions registry, List<ReportCourse> selected) {
        int[][] totals = new int[IndicatorRules.rules(registry).size()][2];
        boolean allCourses = registry.descriptor().indicators().allCourses();
        for (int start = 0; start < selected.size(); start += CHUNK) {
            List<Long> ids = selected.subList(start, Math.min(selected.size(), start + CHUNK)).stream()
                    .map(ReportCourse::id).toList();
            for (Map<String, Object> context : contexts.of(registry, ids, !allCourses).values()) {
                List<Counted> counted = rules.count(registry, context);
                for (int i = 0; i < counted.size(); i++) {
                    totals[i][0] += counted.get(i).numerator();
                    totals[i][1] += counted.get(i).denominator();
                }
            }
        }
        return totals;
    }
}
