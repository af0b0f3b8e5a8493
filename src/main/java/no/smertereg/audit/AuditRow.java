package no.smertereg.audit;

import java.time.Instant;

/** One row of the audit log as it is written and read. */
record AuditRow(Instant at, String username, String unitResh, String roles, String kind, String action, Long pid,
        Long courseId, String form, String clientAddress) {
}
