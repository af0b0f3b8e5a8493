package no.smertereg.access;

import java.util.List;

/**
 * Who a registry user is to the engine in this session: the groups of the session's roles and the tenants of its
 * registry that it reaches ({@link EngineTenants#ofSession}). The system manager without a clinical role gets no
 * tenant list ({@code tenants == null}): the engine then uses their Camunda tenant memberships, which are every
 * tenant.
 */
public record CamundaSessionIdentity(String userId, List<String> groups, List<String> tenants) {

    public static CamundaSessionIdentity of(RegistryUser user, EngineTenants tenants) {
        List<String> groups = user.unitRoles().stream().map(r -> r.role().name()).distinct().toList();
        return new CamundaSessionIdentity(user.getUsername(), groups, tenants.ofSession(user));
    }
}
