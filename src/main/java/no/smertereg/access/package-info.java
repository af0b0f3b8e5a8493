/**
 * Access: organisations (hospital units with RESH ids, departments, locations), users and their roles per unit,
 * login, and the Camunda identity (users, groups, tenants, authorizations) kept in step with ours.
 */
package no.smertereg.access;
