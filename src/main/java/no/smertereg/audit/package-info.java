/**
 * The audit log: an append-only record of every read and change of patient data (who, unit, role, when, what,
 * PID, course, form, client address). It listens to {@link no.smertereg.shared.PatientDataAccess}; nobody calls
 * into it. The search page serves SC (all units) and LC (their unit).
 */
package no.smertereg.audit;
