/**
 * Access applications (A1, A2, A3, A7): the application table, its REST API and the glue of the
 * {@code user-access-application} process. Used only inside the access module.
 */
package no.smertereg.access.application;
