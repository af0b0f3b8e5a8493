package no.smertereg.privacy;

import java.time.Instant;
import java.util.List;

/** Who read or changed a patient's data, and when: for the patient's access export (R4). The audit log answers it. */
public interface PatientAccessLog {

    record Entry(Instant at, String username, String unitResh, String roles, String kind, String action,
            Long courseId, String form) {
    }

    /** Every recorded read and change of the patient's data, oldest first. */
    List<Entry> entriesFor(Long pid);
}
