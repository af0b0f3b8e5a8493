/**
 * Research data requests (utlevering, OPR's annual report): a researcher's application as the registry received it,
 * the registry council's (fagråd) decision, the agreement, and a pseudonymised extract of the approved variables only,
 * logged with its date (process {@code data-request}); the list of cases is the report's project list. Available to
 * every registry; its diagram calls one bean, {@code ${dataRequest.…}}.
 */
package no.smertereg.datarequests;
