/**
 * The quarterly user-list review (A6): the {@code access-review} process per unit, its reconciler and REST API.
 * Used only inside the access module.
 */
package no.smertereg.access.review;
