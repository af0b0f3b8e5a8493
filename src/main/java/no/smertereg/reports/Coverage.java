package no.smertereg.reports;

import java.util.Collection;
import java.util.Objects;

/**
 * Local coverage before reservation (Dekningsgrad før reservasjon, codebook §4): among the unit's registered courses
 * (TO finalised, whether or not the rest is complete) that meet the inclusion criteria (InklKritOppf = 1), the share
 * in the national registry (InklusjonStatus = 1). Computed on the unfiltered local data (§6.7), so never trivially 1.
 * After reservation (Dekningsgrad etter reservasjon): among the same eligible courses, the share whose patient is
 * not reserved (Reservasjonsstatus = 0, the patient's status now); with the reserved among the eligible and all.
 */
public record Coverage(Count beforeReservation, Count afterReservation, int reservedEligible, int reserved,
        int courses, int patients, int notEligible, int eligibilityMissing) {

    public static Coverage of(Collection<CourseRow> registered) {
        int eligible = 0;
        int included = 0;
        int notEligible = 0;
        int missing = 0;
        int notReservedEligible = 0;
        int reserved = 0;
        for (CourseRow row : registered) {
            boolean isReserved = row.is(ReportColumn.Reservasjonsstatus, 1);
            if (isReserved) {
                reserved++;
            }
            if (row.is(ReportColumn.InklKritOppf, 1)) {
                eligible++;
                if (row.is(ReportColumn.InklusjonStatus, 1)) {
                    included++;
                }
                if (row.is(ReportColumn.Reservasjonsstatus, 0)) {
                    notReservedEligible++;
                }
            } else if (row.is(ReportColumn.InklKritOppf, 0)) {
                notEligible++;
            } else {
                missing++;
            }
        }
        int patients = (int) registered.stream().map(r -> r.get(ReportColumn.PasientID)).filter(Objects::nonNull)
                .distinct().count();
        int reservedEligible = (int) registered.stream().filter(r -> r.is(ReportColumn.InklKritOppf, 1)
                && r.is(ReportColumn.Reservasjonsstatus, 1)).count();
        return new Coverage(new Count(included, eligible), new Count(notReservedEligible, eligible), reservedEligible,
                reserved, registered.size(), patients, notEligible, missing);
    }
}
