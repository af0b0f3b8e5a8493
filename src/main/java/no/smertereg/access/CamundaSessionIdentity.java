package no.smertereg.access;

import java.util.List;
import java.util.Set;

/**
 * Who a registry user is to the engine in this session: the groups of the session's roles and the tenants of the
 * units where they work clinically. SC and the system manager without a clinical role get no tenant list
 * ({@code tenants == null}): the engine then uses their Camunda tenant memberships, which are every unit.
 */
public record CamundaSessionIdentity(String userId, List<String> groups, List<String> tenants) {

    private static final Set<Role> TENANT_ROLES = Set.of(Role.LU, Role.LC, Role.USER_ADMIN);

    public static CamundaSessionIdentity of(RegistryUser user) {
        List<String> groups = user.unitRoles().stream().map(r -> r.role().name()).distinct().toList();
        List<String> tenants = user.unitRoles().stream().filter(r -> TENANT_ROLES.contains(r.role()))
                .map(UnitRole::unitResh).distinct().toList();
        boolean national = user.hasRoleAnywhere(Role.SYSTEM_MANAGER) || user.hasRoleAnywhere(Role.SC);
        return new CamundaSessionIdentity(user.getUsername(), groups,
                tenants.isEmpty() && national ? null : tenants);
    }
}
