/**
 * ePROM: the patient forms (Pasreg, HADS, Eval, Opioid) and their pathway {@code patient-form} (send at 16:30,
 * reminder after three days, locked as unanswered three days later), the dispatch ledger with an idempotency key
 * per send, and the notification channel port. Wiring from the course pathway and the patient portal come next.
 */
package no.smertereg.eprom;
