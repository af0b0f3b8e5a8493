package no.smertereg.access;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its first request after the user's roles, removal, lock or password changed (the account's
 * session generation moved on since the session was made), on whichever node the request arrives: the request then
 * goes on as an anonymous one and meets the login. Sessions live in the database, so there is no other copy.
 */
final class SessionGenerationCheck extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final AppUserRepository users;

    SessionGenerationCheck(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null) {
            Optional<Long> made = madeUnder(authentication.getPrincipal());
            if (made.isPresent() && !made.equals(users.sessionGenerationOf(authentication.getName()))) {
                session.invalidate();
                contexts.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /** Styles, scripts and images are open to all and need no session. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    private static Optional<Long> madeUnder(Object principal) {
        if (principal instanceof RegistryUser user) {
            return Optional.of(user.sessionGeneration());
        }
        if (principal instanceof LoginInProgress login) {
            return Optional.of(login.sessionGeneration());
        }
        return Optional.empty();
    }
}
