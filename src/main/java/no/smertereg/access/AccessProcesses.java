package no.smertereg.access;

import java.util.Set;

import no.smertereg.engine.RoutingVariables;

/** Names shared by the access BPMNs and the code; the engine's history keeps only {@link #ROUTING_VARIABLES}. */
public final class AccessProcesses {

    public static final String APPLICATION = "user-access-application";
    public static final String REVIEW = "access-review";

    /** The unit applied to or reviewed (RESH id) and the registry: together the instance's tenant (ADR 0017). */
    public static final String VAR_UNIT = RoutingVariables.UNIT;
    public static final String VAR_REGISTRY = RoutingVariables.REGISTRY;
    /** USER_ADMIN, SYSTEM_MANAGER or SC: the candidate group of "Godkjenn søknad". */
    public static final String VAR_APPROVER_GROUP = "approverGroup";
    /** The decision: true approves, false rejects (the reason stays in the registry). */
    public static final String VAR_APPROVED = "approved";

    public static final Set<String> ROUTING_VARIABLES = Set.of(VAR_UNIT, VAR_REGISTRY, VAR_APPROVER_GROUP, VAR_APPROVED);

    private AccessProcesses() {
    }
}
