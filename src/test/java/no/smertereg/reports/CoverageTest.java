package no.smertereg.reports;

import static no.smertereg.reports.ReportColumn.InklKritOppf;
import static no.smertereg.reports.ReportColumn.InklusjonStatus;
import static no.smertereg.reports.ReportColumn.PasientID;
import static no.smertereg.reports.ReportColumn.Reservasjonsstatus;
import static no.smertereg.reports.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Coverage before reservation: national courses among those meeting the inclusion criteria, on all local ones. */
class CoverageTest {

    @Test
    void nationalAmongEligibleOnTheUnfilteredLocalCourses() {
        Coverage coverage = Coverage.of(List.of(
                row(PasientID, 1L, InklKritOppf, 1, InklusjonStatus, 1, Reservasjonsstatus, 0), // eligible, national
                row(PasientID, 2L, InklKritOppf, 1, InklusjonStatus, 0, Reservasjonsstatus, 1), // eligible, reserved
                row(PasientID, 2L, InklKritOppf, 1, InklusjonStatus, 0, Reservasjonsstatus, 1), // second course
                row(PasientID, 3L, InklKritOppf, 0, InklusjonStatus, 0, Reservasjonsstatus, 1), // criteria not met
                row(PasientID, 4L, InklusjonStatus, 0, Reservasjonsstatus, 0)));                 // not seen

        assertThat(coverage.beforeReservation()).isEqualTo(new Count(1, 3));
        assertThat(coverage.afterReservation()).as("eligible and not reserved").isEqualTo(new Count(1, 3));
        assertThat(coverage.reservedEligible()).isEqualTo(2);
        assertThat(coverage.reserved()).isEqualTo(3);
        assertThat(coverage.courses()).isEqualTo(5);
        assertThat(coverage.patients()).isEqualTo(4);
        assertThat(coverage.notEligible()).isEqualTo(1);
        assertThat(coverage.eligibilityMissing()).isEqualTo(1);
    }
}
