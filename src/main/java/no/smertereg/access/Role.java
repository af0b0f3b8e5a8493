package no.smertereg.access;

/** Registry roles held per hospital unit (domain.md, role table). */
public enum Role {
    /** Local user: registers and saves all forms of the unit. */
    LU,
    /**
     * Merkantil (N2): books courses: finds the patient, creates the course, writes the registry's booking fields,
     * orders patient forms and hands out a clinic code; sees no clinical answer and finalises nothing. Only in a
     * registry whose descriptor names {@code roles.booking}.
     */
    CLERK,
    /** Local coordinator: also unlocks finalised forms and deletes courses with no finalised form. */
    LC,
    /** Registry leader: national data only; unlocks forms for correction. */
    SC,
    /** Brukeradministrator: approves or rejects the unit's access applications, removes access, reviews users. */
    USER_ADMIN,
    /** IT operator (systemforvalter): runs the platform, no access to patient data; Camunda administrator. */
    SYSTEM_MANAGER,
    /** The national registry secretariat: registers reservations, handles patient-rights requests. */
    SECRETARIAT,
    /**
     * Fagråd: the registry council decides research data requests (utlevering) at its meetings; sees the requests,
     * never patient data or extracts.
     */
    COUNCIL,
    /** Reads the unit's reports (Rapporteket-Smerte, A7); no patient data. */
    REPORT_READER;

    /** The platform's own role, held in no registry (ADR 0013, step 5). */
    public boolean isPlatform() {
        return this == SYSTEM_MANAGER;
    }
}
