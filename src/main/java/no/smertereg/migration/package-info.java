/**
 * New versions of a pathway: the system manager's page that lists every deployed pathway with its versions and
 * running instances, shows and validates the plan that moves one version's instances to the newest, and runs it as
 * an engine batch (Camunda 7 process-instance migration). Analysts' side: {@code docs/pathway-changes.md}.
 */
package no.smertereg.migration;
