package no.smertereg.access;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * change (after an initial password) and then the choice of unit (and registry, {@link LoginChoice}); only then does
 * the session hold the user, with the roles of the chosen unit alone, so that every page and endpoint is scoped to
 * that unit.
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

    /** One choice of unit and registry: the session holds it at once; several: the choice; none: refused. */
    private String unitStep(HttpServletRequest request, HttpServletResponse response, AppUser user) {
        Set<LoginChoice> choices = LoginChoice.of(user.getRoles()).keySet();
        if (choices.size() == 1) {
            complete(request, response, user, choices.iterator().next());
            return "/";
        }
        if (choices.isEmpty()) {
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

    /** The user's choices of unit and registry with their roles in each ("Lokal koordinator (LC)" in Haukeland). */
    @Transactional(readOnly = true)
    Map<LoginChoice, List<Role>> choices(String username) {
        return LoginChoice.of(users.findByUsername(username).orElseThrow().getRoles());
    }

    /**
     * The session now holds the user with the roles of the chosen unit in the chosen registry only: {@code choice} is
     * {@code registry:unit}, or a unit the user holds roles in in one registry only.
     */
    @Transactional(readOnly = true)
    boolean chooseUnit(HttpServletRequest request, HttpServletResponse response, String username, String choice) {
        AppUser user = users.findByUsername(username).orElseThrow();
        if (!user.mayLogIn(clock.now())) {
            return false;
        }
        Optional<LoginChoice> chosen = LoginChoice.parse(choice, LoginChoice.of(user.getRoles()).keySet());
        chosen.ifPresent(c -> complete(request, response, user, c));
        return chosen.isPresent();
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
        LoginChoice choice = new LoginChoice(current.registryId(), current.unitRoles().iterator().next().unitResh());
        if (user.getSessionGeneration() == generation && user.mayLogIn(clock.now())
                && LoginChoice.of(user.getRoles()).containsKey(choice)) {
            complete(request, response, user, choice);
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

    private void complete(HttpServletRequest request, HttpServletResponse response, AppUser user,
            LoginChoice choice) {
        Set<UnitRole> roles = choice.rolesFrom(user.getRoles());
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
