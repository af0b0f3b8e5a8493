package no.smertereg.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.course.CourseReportSource;
import no.smertereg.course.CourseReportSource.ReportCourse;
import no.smertereg.eprom.CourseContexts;
import no.smertereg.forms.IndicatorRules;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;
import no.smertereg.forms.RegistryDescriptor.Descriptive;
import no.smertereg.forms.RegistryDescriptor.DescriptiveRow;
import no.smertereg.patients.PatientService;
import no.smertereg.patients.PersonView;

/**
 * A registry's descriptive table ({@code descriptive} in its descriptor; OPR's demography) over the courses that
 * started in a period, the unit's or the nation's: N, and per row how many answered (share of N) with the mean,
 * range and median of a number, or each count with its share of N. A unit's table under the registry's minimum N
 * is not shown.
 */
@Service
@Transactional(readOnly = true)
class DescriptiveTables {

    static final String PATIENT_AGE = "patientAge";
    static final String PATIENT_SEX = "patientSex";
    private static final int CHUNK = 500;

    /** One count and its share of N; {@code label} null for a row's single count. */
    record Part(String label, int count, BigDecimal percent) {
    }

    /** A row: answered (share of N); a number's mean, min, max, median; or the counts. */
    record Line(String label, int answered, BigDecimal answeredPercent, BigDecimal mean, BigDecimal min,
            BigDecimal max, BigDecimal median, List<Part> parts) {
    }

    record Table(String label, LocalDate from, LocalDate to, int n, int minimum, List<Line> lines) {

        public boolean shown() {
            return n >= minimum;
        }
    }

    private final Registries registries;
    private final IndicatorRules rules;
    private final CourseReportSource courses;
    private final CourseContexts contexts;
    private final PatientService patients;

    DescriptiveTables(Registries registries, IndicatorRules rules, CourseReportSource courses,
            CourseContexts contexts, PatientService patients) {
        this.registries = registries;
        this.rules = rules;
        this.courses = courses;
        this.contexts = contexts;
        this.patients = patients;
    }

    /** The registry defines a table and the scope has patient-level access (see {@code DefinedIndicatorPage}). */
    static boolean shownTo(ReportScope scope, RegistryDefinitions registry) {
        return registry.descriptor().descriptive() != null && scope.mayExport();
    }

    /** The table of the scope's courses started in [from, to]; for the nation the minimum does not apply. */
    Table of(ReportScope scope, LocalDate from, LocalDate to) {
        RegistryDefinitions registry = registries.of(scope.registryId());
        Descriptive table = registry.descriptor().descriptive();
        List<ReportCourse> selected = scope.unitResh() == null
                ? courses.national(scope.registryId(), from, to)
                : courses.ofUnit(scope.registryId(), scope.unitResh(), from, to);
        boolean allCourses = registry.descriptor().indicators() != null
                && registry.descriptor().indicators().allCourses();
        List<String> expressions = table.expressions();
        List<List<Object>> values = new ArrayList<>();
        for (int start = 0; start < selected.size(); start += CHUNK) {
            List<ReportCourse> chunk = selected.subList(start, Math.min(selected.size(), start + CHUNK));
            Map<Long, PersonView> people = patients.byPids(chunk.stream().map(ReportCourse::pid).distinct()
                    .toList()).stream().collect(Collectors.toMap(PersonView::pid, Function.identity()));
            Map<Long, ReportCourse> byId = new HashMap<>();
            chunk.forEach(c -> byId.put(c.id(), c));
            contexts.of(registry, byId.keySet(), !allCourses).forEach((id, context) -> {
                ReportCourse course = byId.get(id);
                PersonView person = people.get(course.pid());
                Map<String, Object> more = new HashMap<>(context);
                more.put(PATIENT_AGE, person == null || person.birthDate() == null || course.startDate() == null
                        ? null : Period.between(person.birthDate(), course.startDate()).getYears());
                more.put(PATIENT_SEX, person == null ? null : person.sex());
                List<Object> described = rules.describe(expressions, more);
                if (Boolean.TRUE.equals(described.get(0))) {
                    values.add(described);
                }
            });
        }
        int minimum = scope.unitResh() == null ? 0 : registry.descriptor().indicators() == null ? 5
                : registry.descriptor().indicators().minimumDenominator();
        return new Table(table.label(), from, to, values.size(), minimum, lines(table, values));
    }

    private static List<Line> lines(Descriptive table, List<List<Object>> values) {
        int n = values.size();
        List<Line> lines = new ArrayList<>();
        int column = 1;
        for (DescriptiveRow row : table.rows()) {
            int at = column;
            if (row.number() != null) {
                List<BigDecimal> numbers = values.stream().map(v -> number(v.get(at))).filter(x -> x != null)
                        .sorted().toList();
                lines.add(numbers.isEmpty() ? new Line(row.label(), 0, percent(0, n), null, null, null, null, List.of())
                        : new Line(row.label(), numbers.size(), percent(numbers.size(), n), mean(numbers),
                                numbers.get(0), numbers.get(numbers.size() - 1), median(numbers), List.of()));
            } else {
                int answered = count(values, at);
                List<Part> parts = new ArrayList<>();
                if (row.count() != null) {
                    int c = count(values, at + 1);
                    parts.add(new Part(null, c, percent(c, n)));
                }
                for (int i = 0; i < row.categories().size(); i++) {
                    int c = count(values, at + 1 + i);
                    parts.add(new Part(row.categories().get(i).label(), c, percent(c, n)));
                }
                lines.add(new Line(row.label(), answered, percent(answered, n), null, null, null, null, parts));
            }
            column += row.expressions().size();
        }
        return lines;
    }

    private static int count(List<List<Object>> values, int column) {
        return (int) values.stream().filter(v -> Boolean.TRUE.equals(v.get(column))).count();
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number x) {
            return new BigDecimal(x.toString());
        }
        return null;
    }

    private static BigDecimal mean(List<BigDecimal> numbers) {
        return numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(numbers.size()), 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int size = sorted.size();
        BigDecimal median = size % 2 == 1 ? sorted.get(size / 2)
                : sorted.get(size / 2 - 1).add(sorted.get(size / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.HALF_UP);
        return median.setScale(1, RoundingMode.HALF_UP);
    }

    /** The share of N in per cent with one decimal, as the annual report gives it. */
    private static BigDecimal percent(int count, int n) {
        return n == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(100L * count)
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
    }
}
