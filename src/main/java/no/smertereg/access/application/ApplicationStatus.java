package no.smertereg.access.application;

public enum ApplicationStatus {
    PENDING,
    APPROVED,
    REJECTED
}
