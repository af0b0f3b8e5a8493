package no.smertereg.access;

/** Registry roles held per hospital unit (domain.md, role table). */
public enum Role {
    /** Local user: registers and saves all forms of the unit. */
    LU,
    /** Local coordinator: also unlocks finalised forms and deletes courses with no finalised form. */
    LC,
    /** Registry leader: national data only; unlocks forms for correction. */
    SC,
    /** IT operator (systemforvalter): runs the platform, no access to patient data; Camunda administrator. */
    SYSTEM_MANAGER
}
