package no.smertereg.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import no.smertereg.shared.FieldProblem;

/**
 * A {@link LargeUpload} is read only for a sender with a logged-in session (or credentials of their own, which the
 * security chain checks): anyone else is refused with 401 before a byte of the body is read, and the connection is
 * closed rather than the body swallowed. Without this, the parameter checks and the CSRF check ahead of the login
 * check would parse (and spool to disk) up to the upload's limit for any caller. Whether the user may upload at all
 * is the page's to say, after the login.
 */
final class UploadNeedsLogin extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadNeedsLogin.class);

    private final List<LargeUpload> uploads;
    private final FilterRefusals refusals;

    UploadNeedsLogin(List<LargeUpload> uploads, FilterRefusals refusals) {
        this.uploads = List.copyOf(uploads);
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = FilterRefusals.path(request);
        LargeUpload upload = uploads.stream()
                .filter(u -> u.matches(request.getMethod(), path, request.getContentType())).findFirst().orElse(null);
        if (upload == null || loggedIn(request) || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Upload without a login refused unread");
        response.setHeader(HttpHeaders.CONNECTION, "close");
        refusals.refuse(request, response, HttpStatus.UNAUTHORIZED, FieldProblem.of(upload.field(),
                "error.upload.loginFirst"), "error.upload.loginFirst");
    }

    private static boolean loggedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object context = session == null ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated()
                && !(security.getAuthentication() instanceof AnonymousAuthenticationToken);
    }
}
