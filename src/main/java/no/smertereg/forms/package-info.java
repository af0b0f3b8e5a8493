/**
 * Forms: the catalogue of Camunda Forms files in {@code forms/}, server-side validation of answers against the
 * same files (required fields, allowed codes, ranges, FEEL conditions), drafts, finalise, lock and unlock, and
 * internal comments (never exported).
 */
package no.smertereg.forms;
