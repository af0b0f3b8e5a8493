package no.smertereg.access;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import no.smertereg.web.ClientAddress;
import no.smertereg.web.RequestLimits;

/**
 * Failed passwords and codes per client address, over every account, session and node: past
 * {@code registry.login.failures-per-address} in {@code registry.login.address-window} the address's login
 * attempts are turned away unread, so they lock no account. One address can then lock at most a handful of accounts
 * per window, not a whole unit. A hospital behind one address shares the budget: give its address a larger one
 * ({@code registry.login.failures-per-address-for}, docs/permissions.md).
 */
@Component
class LoginThrottle {

    private static final String KEY = "login-failures:";

    private final RequestLimits limits;
    private final LoginSettings settings;

    LoginThrottle(RequestLimits limits, LoginSettings settings) {
        this.limits = limits;
        this.settings = settings;
    }

    /** Counts an attempt from the request's address before it is checked; false when the address has no more. */
    boolean allow(HttpServletRequest request) {
        String client = ClientAddress.limitKey(request.getRemoteAddr());
        return limits.tryAcquire(KEY + client, settings.failuresAllowedFrom(client), settings.getAddressWindow());
    }

    /** The attempt was right: it does not count against the address. */
    void succeeded(HttpServletRequest request) {
        limits.release(key(request));
    }

    /** In front of the password form: an address out of attempts goes back to the login page with a notice. */
    OncePerRequestFilter passwordStep() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                        && !allow(request)) {
                    response.sendRedirect(request.getContextPath() + "/login?throttled");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Around HTTP Basic (where it is on): each request counts as a try of its address until its password proved
     * right, so Basic is no way round the budget; an address out of tries gets 429 unread.
     */
    OncePerRequestFilter basicAuthentication() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                String authorization = request.getHeader("Authorization");
                if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                    chain.doFilter(request, response);
                    return;
                }
                if (!allow(request)) {
                    response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
                    return;
                }
                chain.doFilter(request, response);
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof RegistryUser) {
                    succeeded(request);
                }
            }
        };
    }

    private static String key(HttpServletRequest request) {
        return KEY + ClientAddress.limitKey(request.getRemoteAddr());
    }
}
