package no.smertereg.patients;

/**
 * R2, R3: published in the transaction that registers a patient's reservation against the national registry.
 * Courses move to the hospital's local registry and pending patient forms are withdrawn; the PID only.
 */
public record PatientReserved(Long pid) {
}
