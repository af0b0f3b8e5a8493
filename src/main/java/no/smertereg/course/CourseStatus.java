package no.smertereg.course;

/** ACTIVE while any form or the pathway is open; DELETED is kept for the audit trail. */
public enum CourseStatus {
    ACTIVE,
    COMPLETED,
    DELETED
}
