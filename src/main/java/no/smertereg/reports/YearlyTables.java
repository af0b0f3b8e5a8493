package no.smertereg.reports;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The yearly tables of the OUS pain registry's annual report (OPR, seeds/003; domain O3) on SmerteReg's rows, per
 * calendar year of StartdatoTO (docs/reports.md defines each):
 * <ul>
 * <li>baseline: new patients (distinct PasientID with a course that year) and those of them who answered Pasreg,
 * the baseline patient form, in a course of that year (PasDelUfylPR = 1);</li>
 * <li>consent: courses with SkriftligSamtyk = 1 among those with SkriftligSamtyk 0 or 1 (not asked: left out);</li>
 * <li>follow-up response per follow-up form (Eval at the end, Opioid four weeks after): answered (flag 1) among
 * sent (flag not empty), and both together.</li>
 * </ul>
 */
public final class YearlyTables {

    /** One year's figures; each {@link Count} is numerator / denominator. */
    public record Year(int year, int courses, Count baseline, Count consent, Count eval, Count opioid) {

        /** Eval and Opioid together ("Til sammen"). */
        public Count followUp() {
            return new Count(eval.numerator() + opioid.numerator(), eval.denominator() + opioid.denominator());
        }

        /** Courses that answered no to consent (the denominator minus the consented). */
        public int notConsented() {
            return consent.denominator() - consent.numerator();
        }
    }

    /**
     * A year's sums over some courses, with the patients (PasientID, else the course) and those who answered Pasreg,
     * so that parts of disjoint courses add up ({@link NationalTally}).
     */
    record Part(int courses, Set<Long> patients, Set<Long> answeredBaseline, Count consent, Count eval,
            Count opioid) {

        static Part of(Collection<CourseRow> rows) {
            Set<Long> patients = new HashSet<>();
            Set<Long> answeredBaseline = new HashSet<>();
            for (CourseRow row : rows) {
                Long patient = (Long) Objects.requireNonNullElse(row.get(ReportColumn.PasientID), row.courseId());
                patients.add(patient);
                if (row.is(ReportColumn.PasDelUfylPR, 1)) {
                    answeredBaseline.add(patient);
                }
            }
            return new Part(rows.size(), patients, answeredBaseline, share(rows, ReportColumn.SkriftligSamtyk, true),
                    share(rows, ReportColumn.PasdelUtfylEval, false), share(rows, ReportColumn.PasdelUtfylOpioid,
                            false));
        }

        /** A copy with sets of its own, for {@link #absorb}. */
        Part copy() {
            return new Part(courses, new HashSet<>(patients), new HashSet<>(answeredBaseline), consent, eval, opioid);
        }

        /** This part (a {@link #copy()}) with the other's added into its own sets. */
        Part absorb(Part other) {
            patients.addAll(other.patients);
            answeredBaseline.addAll(other.answeredBaseline);
            return new Part(courses + other.courses, patients, answeredBaseline, consent.plus(other.consent),
                    eval.plus(other.eval), opioid.plus(other.opioid));
        }

        Part plus(Part other) {
            Set<Long> allPatients = new HashSet<>(patients);
            allPatients.addAll(other.patients);
            Set<Long> answered = new HashSet<>(answeredBaseline);
            answered.addAll(other.answeredBaseline);
            return new Part(courses + other.courses, allPatients, answered, consent.plus(other.consent),
                    eval.plus(other.eval), opioid.plus(other.opioid));
        }

        Year year(int year) {
            return new Year(year, courses, new Count(answeredBaseline.size(), patients.size()), consent, eval,
                    opioid);
        }
    }

    private YearlyTables() {
    }

    /** Per year of StartdatoTO, in year order; rows without a start date are left out. */
    public static List<Year> of(Collection<CourseRow> rows) {
        return of(parts(rows));
    }

    /** Each year's part of these rows (rows without a start date are left out). */
    static SortedMap<Integer, Part> parts(Collection<CourseRow> rows) {
        Map<Integer, List<CourseRow>> years = rows.stream().filter(r -> r.date(ReportColumn.StartdatoTO) != null)
                .collect(Collectors.groupingBy(r -> r.date(ReportColumn.StartdatoTO).getYear(), TreeMap::new,
                        Collectors.toList()));
        SortedMap<Integer, Part> parts = new TreeMap<>();
        years.forEach((year, yearRows) -> parts.put(year, Part.of(yearRows)));
        return parts;
    }

    /** The years' tables from their parts, in year order. */
    static List<Year> of(SortedMap<Integer, Part> parts) {
        return parts.entrySet().stream().map(e -> e.getValue().year(e.getKey())).toList();
    }

    /** Rows with the code 1 among rows with any value (consent: only 0 or 1). */
    private static Count share(Collection<CourseRow> rows, ReportColumn column, boolean onlyYesOrNo) {
        int yes = 0;
        int all = 0;
        for (CourseRow row : rows) {
            if (row.is(column, 1)) {
                yes++;
                all++;
            } else if (onlyYesOrNo ? row.is(column, 0) : row.has(column)) {
                all++;
            }
        }
        return new Count(yes, all);
    }
}
