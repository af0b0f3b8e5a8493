/**
 * The user administrators' page (A2, A5, A6): the applications inbox, the unit's user list with removal, former
 * users' e-mail addresses, and the quarterly review. It works through the same services as the REST API.
 */
package no.smertereg.access.admin;
