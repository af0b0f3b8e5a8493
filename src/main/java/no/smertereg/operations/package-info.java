/**
 * Operations (issue 21): the metrics an operator scrapes ({@code /actuator/prometheus}, with the metrics token only)
 * and alerts on, read from the tables of the outbox, the patient-form ledger, the engine and the logins. Uses shared
 * (the registry clock); no other module's Java (docs/operations.md).
 */
package no.smertereg.operations;
