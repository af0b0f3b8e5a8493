/**
 * ePROM: the patient forms and their pathway {@code patient-form} (sent at the time the course diagram gives, one
 * reminder, locked as unanswered), the dispatch ledger with an idempotency key per send, the notification channel
 * port, and the one bean the diagrams call ({@code ${eprom.…}}).
 */
package no.smertereg.eprom;
