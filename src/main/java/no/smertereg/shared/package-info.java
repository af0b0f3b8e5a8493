/** Shared: the registry clock, the time-zone guard, error types with their message codes, locale. Kept tiny. */
package no.smertereg.shared;
