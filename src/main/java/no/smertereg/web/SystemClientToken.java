package no.smertereg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A system client's credential: a configured token sent as a bearer token (a metrics scraper, a FHIR client), not a
 * user's session. The sent and the configured token are compared as digests in constant time; a request that sends
 * it gets {@code authority}, one that does not gets nothing. Without a token configured the paths are off (404).
 */
public final class SystemClientToken extends OncePerRequestFilter {

    /** A shorter token is refused at start. */
    public static final int MIN_LENGTH = 32;

    private final byte[] expected;
    private final String client;
    private final String authority;

    private SystemClientToken(String token, String client, String authority) {
        this.expected = token.isEmpty() ? null : digest(token);
        this.client = client;
        this.authority = authority;
    }

    /** The filter for {@code token}, refusing a configured token that is too short (naming {@code property}). */
    public static SystemClientToken of(String property, String token, String client, String authority) {
        if (!token.isEmpty() && token.length() < MIN_LENGTH) {
            throw new IllegalStateException(property + " must have at least " + MIN_LENGTH + " characters");
        }
        return new SystemClientToken(token, client, authority);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (expected == null) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")
                && MessageDigest.isEqual(expected, digest(header.substring("Bearer ".length())))) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                    List.of(new SimpleGrantedAuthority(authority))));
        }
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
