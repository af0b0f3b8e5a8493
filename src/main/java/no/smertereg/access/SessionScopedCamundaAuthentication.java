package no.smertereg.access;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * Gives the Camunda webapps and REST API the groups and tenants of the session's unit only (the unit chosen at
 * login), not every unit the user holds a role in: Tasklist then shows the tasks of that unit alone. SC and the
 * system manager without a clinical role keep the tenants Camunda's identity gives them (every unit: they decide
 * report-portal and IT applications of any unit, and read Cockpit). The
 * webapps' authentication cache must not refresh these from Camunda's identity during the session
 * ({@code camunda.bpm.webapp.auth.cache.ttl-enabled: false}); the session itself times out after 30 minutes.
 */
public class SessionScopedCamundaAuthentication extends ContainerBasedAuthenticationProvider {

    private static final Set<Role> TENANT_ROLES = Set.of(Role.LU, Role.LC, Role.USER_ADMIN);

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated() && request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof RegistryUser user) {
            result.setGroups(user.unitRoles().stream().map(r -> r.role().name()).distinct().toList());
            List<String> tenants = user.unitRoles().stream().filter(r -> TENANT_ROLES.contains(r.role()))
                    .map(UnitRole::unitResh).distinct().toList();
            boolean national = user.hasRoleAnywhere(Role.SYSTEM_MANAGER) || user.hasRoleAnywhere(Role.SC);
            if (!tenants.isEmpty() || !national) {
                result.setTenants(tenants);
            }
        }
        return result;
    }
}
