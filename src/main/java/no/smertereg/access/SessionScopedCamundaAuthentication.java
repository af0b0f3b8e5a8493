package no.smertereg.access;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Gives the Camunda webapps and REST API the groups and tenants of the session's unit and registry only (chosen at
 * login), not every unit and registry the user holds a role in: Tasklist then shows the tasks of that unit alone
 * ({@link CamundaSessionIdentity}). The webapps' authentication cache must not refresh these from Camunda's
 * identity during the session ({@code camunda.bpm.webapp.auth.cache.ttl-enabled: false}).
 */
public class SessionScopedCamundaAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (result.isAuthenticated() && request.getUserPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof RegistryUser user) {
            CamundaSessionIdentity identity = CamundaSessionIdentity.of(user, WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(EngineTenants.class));
            result.setGroups(identity.groups());
            if (identity.tenants() != null) {
                result.setTenants(identity.tenants());
            }
        }
        return result;
    }
}
