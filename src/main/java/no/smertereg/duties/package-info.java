/**
 * A registry's duties in a unit (NNRR, N5): the unit diagram its descriptor names ({@code diagrams.unit}), run once per
 * registry and unit; the monthly count of stale unfinished forms, the coverage counts the unit's registry responsible
 * enters per month, and the quarterly unit report. Its diagrams call one bean, {@code ${unitDuties.…}}.
 */
package no.smertereg.duties;
