package no.smertereg.access;

/** A system manager added a hospital unit (its Camunda tenant exists by then). */
public record UnitCreated(String reshId) {
}
