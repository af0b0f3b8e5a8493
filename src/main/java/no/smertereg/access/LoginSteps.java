package no.smertereg.access;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

/**
 * A3: the steps of a browser login. The password opens only the SMS-code step; the code opens the forced password
 * change (after an initial password) and then the choice of unit; only then does the session hold the user, with
 * the roles of the chosen unit alone, so that every page and endpoint is scoped to that unit.
 */
@Component
class LoginSteps {

    static final String CODE = "LOGIN_STEP_CODE";
    static final String PASSWORD = "LOGIN_STEP_PASSWORD";
    static final String UNIT = "LOGIN_STEP_UNIT";
    /** Held by a finished login (and by API clients on HTTP Basic where that is allowed). */
    static final String COMPLETE = "LOGIN_COMPLETE";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AppUserRepository users;
    private final LoginCodes codes;
    private final LoginThrottle throttle;
    private final RegistryClock clock;

    LoginSteps(AppUserRepository users, LoginCodes codes, LoginThrottle throttle, RegistryClock clock) {
        this.users = users;
        this.codes = codes;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Form login: the right password sends the code and opens the code step, nothing else. */
    AuthenticationSuccessHandler afterPassword() {
        return (request, response, authentication) -> {
            throttle.succeeded(request);
            LoginCodes.Sent sent = codes.send(authentication.getName());
            if (sent == LoginCodes.Sent.LOCKED) {
                abandon(request);
                response.sendRedirect(request.getContextPath() + "/login?error");
                return;
            }
            step(request, response, authentication.getName(), CODE);
            response.sendRedirect(request.getContextPath() + "/login/kode"
                    + (sent == LoginCodes.Sent.TOO_MANY ? "?tooMany" : ""));
        };
    }

    /** The page after the code or the password change: password change, unit choice, or the start page. */
    @Transactional(readOnly = true)
    String next(HttpServletRequest request, HttpServletResponse response, String username) {
        AppUser user = users.findByUsername(username).orElseThrow();
        if (!user.mayLogIn(clock.now())) {
            abandon(request);
            return "/login?error";
        }
        if (user.isMustChangePassword()) {
            step(request, response, username, PASSWORD);
            return "/login/passord";
        }
        return unitStep(request, response, user);
    }

    /** One unit: the session holds it at once; several: the unit choice; none: refused. */
    private String unitStep(HttpServletRequest request, HttpServletResponse response, AppUser user) {
        Set<String> units = unitsOf(user);
        if (units.size() == 1) {
            complete(request, response, user, units.iterator().next());
            return "/";
        }
        if (units.isEmpty()) {
            abandon(request);
            return "/login?error";
        }
        step(request, response, user.getUsername(), UNIT);
        return "/login/enhet";
    }

    /**
     * A login an OpenID Connect provider vouched for (ADR 0015): the provider has checked the person, so neither the
     * password nor the SMS code is asked; the user is the one whose external id the provider named, and the unit
     * choice follows as after the code. Unknown or removed: refused, nothing kept in the session.
     */
    @Transactional
    String afterVerifiedIdentity(HttpServletRequest request, HttpServletResponse response, String externalId) {
        AppUser user = externalId == null || externalId.isBlank() ? null
                : users.findByExternalId(externalId).orElse(null);
        if (user == null) {
            abandon(request);
            return "/login?oidc=unknown";
        }
        Instant now = clock.now();
        if (!user.mayLogIn(now)) {
            abandon(request);
            return "/login?error";
        }
        user.recordLogin(now);
        return unitStep(request, response, user);
    }

    @Transactional(readOnly = true)
    Set<String> unitsOf(String username) {
        return unitsOf(users.findByUsername(username).orElseThrow());
    }

    /** The user's roles per unit, for the unit choice ("Lokal koordinator (LC)" in Haukeland). */
    @Transactional(readOnly = true)
    Map<String, List<Role>> rolesByUnit(String username) {
        return users.findByUsername(username).orElseThrow().getRoles().stream().collect(Collectors.groupingBy(
                UnitRole::unitResh, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(),
                        roles -> roles.stream().map(UnitRole::role).sorted().distinct().toList())));
    }

    /** The session now holds the user with the roles of this unit only. */
    @Transactional(readOnly = true)
    boolean chooseUnit(HttpServletRequest request, HttpServletResponse response, String username, String unitResh) {
        AppUser user = users.findByUsername(username).orElseThrow();
        if (!user.mayLogIn(clock.now()) || !unitsOf(user).contains(unitResh)) {
            return false;
        }
        complete(request, response, user, unitResh);
        return true;
    }

    /**
     * After the user changed their own password in this session: the change ended every session of theirs; this one
     * goes on under the generation the change made (with a new session id), unless something else changed the
     * account since (a removal, a lock), which then ends this session too.
     */
    @Transactional(readOnly = true)
    void keepThisSession(HttpServletRequest request, HttpServletResponse response, long generation) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (request.getSession(false) == null || authentication == null
                || !(authentication.getPrincipal() instanceof RegistryUser current)
                || current.unitRoles().isEmpty()) {
            return;
        }
        AppUser user = users.findByUsername(current.getUsername()).orElseThrow();
        String unit = current.unitRoles().iterator().next().unitResh();
        if (user.getSessionGeneration() == generation && user.mayLogIn(clock.now()) && unitsOf(user).contains(unit)) {
            complete(request, response, user, unit);
        }
    }

    void abandon(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
    }

    static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private static Set<String> unitsOf(AppUser user) {
        return user.getRoles().stream().map(UnitRole::unitResh).collect(Collectors.toCollection(TreeSet::new));
    }

    private void complete(HttpServletRequest request, HttpServletResponse response, AppUser user, String unitResh) {
        Set<UnitRole> roles = user.getRoles().stream().filter(r -> r.unitResh().equals(unitResh))
                .collect(Collectors.toSet());
        RegistryUser principal = new RegistryUser(user.getUsername(), user.getDisplayName(), "", true, roles,
                user.getSessionGeneration());
        principal.eraseCredentials();
        request.changeSessionId();
        save(request, response,
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private void step(HttpServletRequest request, HttpServletResponse response, String username, String step) {
        long generation = users.findByUsername(username).map(AppUser::getSessionGeneration).orElse(-1L);
        save(request, response, UsernamePasswordAuthenticationToken.authenticated(
                new LoginInProgress(username, generation), null, List.of(new SimpleGrantedAuthority(step))));
    }

    private void save(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    static void redirect(HttpServletResponse response, HttpServletRequest request, String path) throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
