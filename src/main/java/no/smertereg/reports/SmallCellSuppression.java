package no.smertereg.reports;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The small-cell rule for scopes without patient-level access (ADR 0009), on plain counts of courses per calendar
 * month of StartdatoTO. Such a scope may only ask for whole months, so any two of its answers differ by whole months:
 * the months are the atoms, and a figure is safe when each of its months holds none or at least the minimum of its
 * courses.
 */
final class SmallCellSuppression {

    private final int minimum;

    SmallCellSuppression(int minimum) {
        this.minimum = minimum;
    }

    int minimum() {
        return minimum;
    }

    /** Rule 2: every month holds none or at least the minimum of the figure's courses. */
    boolean safe(Map<YearMonth, Integer> coursesPerMonth) {
        return coursesPerMonth.values().stream().allMatch(this::safe);
    }

    private boolean safe(int courses) {
        return courses == 0 || courses >= minimum;
    }

    /**
     * Rule 3 for a table of parts and their total, decided month by month: in a month, the parts with 1 to minimum - 1
     * courses are hidden, and when those hold fewer than the minimum together, so is the part with the fewest courses
     * of the rest that month (the first in {@code parts}' order on a tie). A part is hidden in a period when it is
     * hidden in any of its months. Each month's choice depends on that month alone, so it is the same in every period
     * that holds the month; a choice per period could hide a part in one period and show it in another, and the two
     * answers together would give the small part away.
     *
     * @param parts each part's courses per month, in the table's order; a key may be null (courses without a ward)
     */
    <K> Set<K> hiddenParts(Map<K, ? extends Map<YearMonth, Integer>> parts) {
        Set<YearMonth> months = new TreeSet<>();
        parts.values().forEach(p -> months.addAll(p.keySet()));
        Set<K> hidden = new HashSet<>();
        for (YearMonth month : months) {
            hidden.addAll(hiddenIn(month, parts));
        }
        return Collections.unmodifiableSet(hidden);
    }

    private <K> List<K> hiddenIn(YearMonth month, Map<K, ? extends Map<YearMonth, Integer>> parts) {
        List<K> small = new ArrayList<>();
        int smallCourses = 0;
        K fewest = null;
        int fewestCourses = Integer.MAX_VALUE;
        for (Map.Entry<K, ? extends Map<YearMonth, Integer>> part : parts.entrySet()) {
            int courses = part.getValue().getOrDefault(month, 0);
            if (!safe(courses)) {
                small.add(part.getKey());
                smallCourses += courses;
            } else if (courses > 0 && courses < fewestCourses) {
                fewest = part.getKey();
                fewestCourses = courses;
            }
        }
        if (!safe(smallCourses) && fewestCourses != Integer.MAX_VALUE) {
            small.add(fewest);
        }
        return small;
    }

    /** The courses of a population per calendar month of StartdatoTO (rows without a start date have no month). */
    static SortedMap<YearMonth, Integer> perMonth(Collection<CourseRow> rows, Predicate<CourseRow> population) {
        SortedMap<YearMonth, Integer> counts = new TreeMap<>();
        for (CourseRow row : rows) {
            if (row.month() != null && population.test(row)) {
                counts.merge(row.month(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** The months of one calendar year. */
    static SortedMap<YearMonth, Integer> inYear(SortedMap<YearMonth, Integer> perMonth, int year) {
        return perMonth.subMap(YearMonth.of(year, 1), YearMonth.of(year + 1, 1));
    }
}
