package no.smertereg.reports;

import java.util.Collection;
import java.util.Objects;

/**
 * Local coverage before reservation (Dekningsgrad før reservasjon, codebook §4): among the unit's registered courses
 * (TO finalised, whether or not the rest is complete) that meet the inclusion criteria (InklKritOppf = 1), the share
 * in the national registry (InklusjonStatus = 1). Computed on the unfiltered local data (§6.7), so never trivially 1.
 * The after-reservation variant needs the patients' reservation status (privacy module) and is not built yet.
 */
public record Coverage(Count beforeReservation, int courses, int patients, int notEligible, int eligibilityMissing) {

    public static Coverage of(Collection<CourseRow> registered) {
        int eligible = 0;
        int included = 0;
        int notEligible = 0;
        int missing = 0;
        for (CourseRow row : registered) {
            if (row.is(ReportColumn.InklKritOppf, 1)) {
                eligible++;
                if (row.is(ReportColumn.InklusjonStatus, 1)) {
                    included++;
                }
            } else if (row.is(ReportColumn.InklKritOppf, 0)) {
                notEligible++;
            } else {
                missing++;
            }
        }
        int patients = (int) registered.stream().map(r -> r.get(ReportColumn.PasientID)).filter(Objects::nonNull)
                .distinct().count();
        return new Coverage(new Count(included, eligible), registered.size(), patients, notEligible, missing);
    }
}
