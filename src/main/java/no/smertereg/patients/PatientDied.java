package no.smertereg.patients;

/** Published when the population registry first reports a patient dead (S1); the PID only. */
public record PatientDied(Long pid) {
}
