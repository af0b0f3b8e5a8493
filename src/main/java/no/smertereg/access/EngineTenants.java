package no.smertereg.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryDirectory;

/**
 * The engine tenants a user reaches (ADR 0017): each registry's share of a unit is a tenant of its own, so in a unit
 * two registries share, Tasklist, Cockpit and the engine API show a session its registry's tasks and applications
 * only. Clinicians and user administrators reach their registry's tenant in their units, the registry leadership
 * (SC) its registry's tenant in every unit, the system manager every tenant.
 */
@Component
public class EngineTenants {

    private static final Set<Role> UNIT_ROLES = Set.of(Role.LU, Role.LC, Role.USER_ADMIN);

    private final RegistryDirectory registries;
    private final OrgUnitRepository units;
    private final IdentityService identity;

    EngineTenants(RegistryDirectory registries, OrgUnitRepository units, IdentityService identity) {
        this.registries = registries;
        this.units = units;
        this.identity = identity;
    }

    /** Creates the tenants of every registry in the unit that do not exist yet. */
    void ensure(OrgUnit unit) {
        for (String registry : registries.names().keySet()) {
            String id = registries.engineTenant(registry, unit.getReshId());
            if (identity.createTenantQuery().tenantId(id).count() == 0) {
                Tenant tenant = identity.newTenant(id);
                tenant.setName(unit.getName() + " · " + registries.nameOf(registry));
                identity.saveTenant(tenant);
            }
        }
    }

    /** The user's Camunda tenant memberships: what the engine applies when a session names no tenants. */
    Set<String> memberships(Set<UnitRole> roles) {
        Set<String> tenants = new LinkedHashSet<>(ofUnitRoles(roles));
        if (!tenants.isEmpty()) {
            return tenants;
        }
        if (roles.stream().anyMatch(r -> r.role() == Role.SYSTEM_MANAGER)) {
            units.findAll().forEach(u -> tenants.addAll(registries.engineTenantsOf(u.getReshId())));
        } else {
            roles.stream().filter(r -> r.role() == Role.SC).map(UnitRole::registryId).distinct()
                    .forEach(registry -> tenants.addAll(ofRegistry(registry)));
        }
        return tenants;
    }

    /**
     * The tenants of a session (which holds one unit's roles in one registry): its registry's tenant in its units for
     * a clinician or user administrator, in every unit for SC; null for the system manager without a clinical role,
     * whose memberships (every tenant) then apply.
     */
    public List<String> ofSession(RegistryUser user) {
        List<String> tenants = ofUnitRoles(user.unitRoles());
        if (!tenants.isEmpty()) {
            return tenants;
        }
        if (user.hasRoleAnywhere(Role.SYSTEM_MANAGER)) {
            return null;
        }
        return user.hasRoleAnywhere(Role.SC) ? ofRegistry(user.registryId()) : List.of();
    }

    /** The registry's tenant of each unit where a role is LU, LC or the user administrator. */
    private List<String> ofUnitRoles(java.util.Collection<UnitRole> roles) {
        return roles.stream().filter(r -> UNIT_ROLES.contains(r.role()))
                .map(r -> registries.engineTenant(r.registryId(), r.unitResh())).distinct().toList();
    }

    private List<String> ofRegistry(String registryId) {
        return units.findAll().stream().map(u -> registries.engineTenant(registryId, u.getReshId())).toList();
    }
}
