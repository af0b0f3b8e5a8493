/**
 * Patients: identity numbers (fødselsnummer, D-number, synthetic numbers in demo mode), the internal patient id
 * (PID) used everywhere else, and the population-registry port with its synthetic adapter.
 */
package no.smertereg.patients;
