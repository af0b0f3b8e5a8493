/**
 * Privacy: the legal basis per registry (consent or reservation, each from a date), patients' reservations
 * (R1-R3, process {@code reservation}) and patient-rights requests (R4: access, correction, deletion, process
 * {@code patient-request}).
 */
package no.smertereg.privacy;
