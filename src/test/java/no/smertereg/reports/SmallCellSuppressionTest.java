package no.smertereg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** ADR 0009's rule on plain counts: months as atoms (rule 2) and parts hidden month by month (rule 3). */
class SmallCellSuppressionTest {

    private static final int MINIMUM = 5;
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);

    private final SmallCellSuppression rule = new SmallCellSuppression(MINIMUM);

    @Test
    void aFigureIsShownOnlyWhenEachOfItsMonthsHoldsNoneOrAtLeastTheMinimum() {
        assertThat(rule.safe(months(JAN, 5, FEB, 0, MAR, 12))).isTrue();
        assertThat(rule.safe(months(JAN, 12, FEB, 4, MAR, 12))).as("one month of 4 among 28").isFalse();
        assertThat(rule.safe(months(JAN, 1))).isFalse();
        assertThat(rule.safe(months())).as("no courses: nothing to give away").isTrue();
    }

    @Test
    void theFindingsSmallGroupIsNeverInAFigureShown() {
        // 29 courses from September to 20 November and a 30th on 21 November: a month of one course in a day's
        // difference is not possible (whole months only); as a month of its own it hides every figure that holds it.
        Map<YearMonth, Integer> withDecember = months(YearMonth.of(2026, 9), 10, YearMonth.of(2026, 10), 10,
                YearMonth.of(2026, 11), 9, YearMonth.of(2026, 12), 1);
        assertThat(rule.safe(withDecember)).isFalse();
        withDecember.remove(YearMonth.of(2026, 12));
        assertThat(rule.safe(withDecember)).isTrue();
    }

    @Test
    void aWardWithOneCourseTakesTheWardWithTheFewestCoursesThatMonthWithIt() {
        Map<String, Map<YearMonth, Integer>> wards = new LinkedHashMap<>();
        wards.put("KIR", months(JAN, 6));
        wards.put("MED", months(JAN, 5));
        wards.put("ORT", months(JAN, 1));

        assertThat(rule.hiddenParts(wards)).containsExactlyInAnyOrder("MED", "ORT");

        wards.put("ONK", months(JAN, 2));
        wards.put("DAG", months(JAN, 3));
        assertThat(rule.hiddenParts(wards)).as("1 + 2 + 3 courses hide each other")
                .containsExactlyInAnyOrder("ORT", "ONK", "DAG");
    }

    @Test
    void whenAMonthHasOnlySmallPartsAllOfThemAreHidden_andCoursesWithoutAWardArePartsToo() {
        Map<String, Map<YearMonth, Integer>> wards = new LinkedHashMap<>();
        wards.put("KIR", months(JAN, 2));
        wards.put(null, months(JAN, 1, FEB, 7));

        Set<String> hidden = rule.hiddenParts(wards);

        assertThat(hidden).containsExactlyInAnyOrder("KIR", null);
    }

    @Test
    void theComplementIsChosenPerMonthSoThatNoPeriodShowsWhatAnotherPeriodHides() {
        // January: A 1, B 5, C 6; February: B 10. Chosen per period, January alone would hide A and B (B has the
        // fewest), and January-February A and C (C's 6 < B's 15): B = 15 shown, February's B = 10 shown, so
        // January's B = 5, and January's total 12 - C 6 - B 5 = A's one course. Per month, B stays hidden.
        Map<String, Map<YearMonth, Integer>> janToFeb = new LinkedHashMap<>();
        janToFeb.put("A", months(JAN, 1));
        janToFeb.put("B", months(JAN, 5, FEB, 10));
        janToFeb.put("C", months(JAN, 6));
        Map<String, Map<YearMonth, Integer>> february = new LinkedHashMap<>();
        february.put("B", months(FEB, 10));

        assertThat(rule.hiddenParts(janToFeb)).containsExactlyInAnyOrder("A", "B");
        assertThat(rule.hiddenParts(february)).isEmpty();
    }

    /**
     * The attacker's view of many random unit tables: every figure a ward table (wards, "other wards", total) and a
     * month table (one line per month) show, for every period of whole months, is a sum of (ward, month) cells. Any
     * set of cells whose sum is a linear combination of shown figures is known; none of them may hold 1 to
     * minimum - 1 courses.
     */
    @Test
    void noCombinationOfTheFiguresShownInAnyPeriodsIsolatesFewerThanTheMinimum() {
        Random random = new Random(20261121L);
        int[] values = {0, 0, 0, 1, 1, 2, 3, 4, 5, 5, 6, 7, 9, 12};
        for (int trial = 0; trial < 300; trial++) {
            int wards = trial % 2 == 0 ? 3 : 4;
            int monthCount = trial % 2 == 0 ? 4 : 3;
            int[][] courses = new int[wards][monthCount];
            for (int w = 0; w < wards; w++) {
                for (int m = 0; m < monthCount; m++) {
                    courses[w][m] = values[random.nextInt(values.length)];
                }
            }
            Knowledge known = shownFigures(courses);
            assertNoSmallGroupIsKnown(courses, known, trial);
        }
    }

    /** The ward and month tables of each period [first, last], as the page shows them to a figures-only scope. */
    private Knowledge shownFigures(int[][] courses) {
        int wards = courses.length;
        int monthCount = courses[0].length;
        Knowledge known = new Knowledge(wards * monthCount);
        for (int first = 0; first < monthCount; first++) {
            for (int last = first; last < monthCount; last++) {
                Map<Integer, Map<YearMonth, Integer>> parts = new LinkedHashMap<>();
                Map<YearMonth, Integer> total = new TreeMap<>();
                for (int w = 0; w < wards; w++) {
                    Map<YearMonth, Integer> ward = new TreeMap<>();
                    for (int m = first; m <= last; m++) {
                        if (courses[w][m] > 0) {
                            ward.put(JAN.plusMonths(m), courses[w][m]);
                            total.merge(JAN.plusMonths(m), courses[w][m], Integer::sum);
                        }
                    }
                    if (!ward.isEmpty()) {
                        parts.put(w, ward);
                    }
                }
                Set<Integer> hidden = rule.hiddenParts(parts);
                Map<YearMonth, Integer> other = new TreeMap<>();
                for (int w : parts.keySet()) {
                    if (hidden.contains(w)) {
                        parts.get(w).forEach((month, n) -> other.merge(month, n, Integer::sum));
                    } else {
                        known.add(cells(courses, List.of(w), first, last));
                    }
                }
                if (!hidden.isEmpty() && rule.safe(other)) {
                    known.add(cells(courses, List.copyOf(hidden), first, last));
                }
                List<Integer> all = new ArrayList<>(parts.keySet());
                if (rule.safe(total)) {
                    known.add(cells(courses, all, first, last));
                }
                for (int m = first; m <= last; m++) {
                    if (rule.safe(Map.of(JAN.plusMonths(m), total.getOrDefault(JAN.plusMonths(m), 0)))) {
                        known.add(cells(courses, all, m, m));
                    }
                }
            }
        }
        return known;
    }

    private static double[] cells(int[][] courses, List<Integer> wards, int first, int last) {
        int monthCount = courses[0].length;
        double[] vector = new double[courses.length * monthCount];
        for (int w : wards) {
            for (int m = first; m <= last; m++) {
                vector[w * monthCount + m] = 1;
            }
        }
        return vector;
    }

    /** Every set of cells of fewer than the minimum courses (at least one) must stay out of what is known. */
    private static void assertNoSmallGroupIsKnown(int[][] courses, Knowledge known, int trial) {
        int monthCount = courses[0].length;
        List<Integer> low = new ArrayList<>();
        for (int cell = 0; cell < courses.length * monthCount; cell++) {
            if (courses[cell / monthCount][cell % monthCount] < MINIMUM) {
                low.add(cell);
            }
        }
        for (int subset = 1; subset < 1 << low.size(); subset++) {
            double[] vector = new double[courses.length * monthCount];
            int sum = 0;
            for (int i = 0; i < low.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    int cell = low.get(i);
                    vector[cell] = 1;
                    sum += courses[cell / monthCount][cell % monthCount];
                }
            }
            if (sum > 0 && sum < MINIMUM) {
                assertThat(known.contains(vector)).as("trial %d: %d courses in cells %s of %s known", trial, sum,
                        java.util.Arrays.toString(vector), java.util.Arrays.deepToString(courses)).isFalse();
            }
        }
    }

    /** The linear span of the shown figures' cell sets, kept in reduced row echelon form. */
    private static final class Knowledge {

        private final int size;
        private final List<double[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();

        Knowledge(int size) {
            this.size = size;
        }

        void add(double[] vector) {
            double[] rest = reduce(vector);
            int pivot = firstNonZero(rest);
            if (pivot < 0) {
                return;
            }
            double scale = rest[pivot];
            for (int i = 0; i < size; i++) {
                rest[i] /= scale;
            }
            for (double[] row : rows) {
                double factor = row[pivot];
                for (int i = 0; i < size; i++) {
                    row[i] -= factor * rest[i];
                }
            }
            rows.add(rest);
            pivots.add(pivot);
        }

        boolean contains(double[] vector) {
            return firstNonZero(reduce(vector)) < 0;
        }

        private double[] reduce(double[] vector) {
            double[] rest = vector.clone();
            for (int r = 0; r < rows.size(); r++) {
                double factor = rest[pivots.get(r)];
                for (int i = 0; i < size; i++) {
                    rest[i] -= factor * rows.get(r)[i];
                }
            }
            return rest;
        }

        private int firstNonZero(double[] vector) {
            for (int i = 0; i < size; i++) {
                if (Math.abs(vector[i]) > 1e-9) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static Map<YearMonth, Integer> months(Object... monthsAndCounts) {
        Map<YearMonth, Integer> counts = new TreeMap<>();
        for (int i = 0; i < monthsAndCounts.length; i += 2) {
            counts.put((YearMonth) monthsAndCounts[i], (Integer) monthsAndCounts[i + 1]);
        }
        return counts;
    }
}
