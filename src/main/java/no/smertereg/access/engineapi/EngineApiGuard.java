package no.smertereg.access.engineapi;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;

import no.smertereg.access.CamundaSessionIdentity;
import no.smertereg.access.EngineTenants;
import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.access.engineapi.EngineApiAllowList.Rule;
import no.smertereg.access.engineapi.EngineApiAllowList.Target;

/**
 * In front of the engine's REST API and the webapps' APIs, after the login and before the engine: a request the
 * user's roles are not allowed ({@link EngineApiAllowList}) answers 403, one that names an object of another unit
 * 404, and the engine's own refusals are worded without engine detail ({@link EngineRefusals}). A refused request
 * never reaches the engine, so it cannot change anything there.
 */
final class EngineApiGuard extends OncePerRequestFilter {

    private static final Set<String> METHOD_OVERRIDES = Set.of("X-HTTP-Method-Override", "X-HTTP-Method",
            "X-Method-Override");

    private final EngineObjects objects;
    private final EngineRefusals refusals;
    private final LocaleResolver locales;
    private final EngineTenants tenants;

    EngineApiGuard(EngineObjects objects, EngineRefusals refusals, LocaleResolver locales, EngineTenants tenants) {
        this.tenants = tenants;
        this.objects = objects;
        this.refusals = refusals;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RegistryUser user = user();
        EngineApiRequest target = EngineApiRequest.of(request);
        Locale locale = locales.resolveLocale(request);
        if (user == null || target == null || METHOD_OVERRIDES.stream().anyMatch(h -> request.getHeader(h) != null)) {
            refusals.forbidden(response, locale);
            return;
        }
        Set<Role> roles = user.unitRoles().stream().map(r -> r.role()).collect(Collectors.toSet());
        Optional<Rule> rule = EngineApiAllowList.allowing(roles, target.api(), request.getMethod(), target.path());
        if (rule.isEmpty()) {
            refusals.forbidden(response, locale);
            return;
        }
        if (!visible(user, rule.get(), target.path())) {
            refusals.notFound(response, locale);
            return;
        }
        EngineErrorResponse answer = new EngineErrorResponse(response);
        chain.doFilter(request, answer);
        if (answer.isHeld()) {
            refusals.reword(answer, response, locale, target.path());
        }
    }

    private boolean visible(RegistryUser user, Rule rule, String path) {
        if (rule.target() == Target.NONE) {
            return true;
        }
        PathPattern.PathMatchInfo match = rule.pattern().matchAndExtract(PathContainer.parsePath(path));
        Map<String, String> variables = match == null ? Map.of() : match.getUriVariables();
        String id = variables.getOrDefault("id", variables.get("key"));
        return id != null && objects.visible(CamundaSessionIdentity.of(user, tenants), rule.target(), id);
    }

    private static RegistryUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof RegistryUser user ? user : null;
    }
}
