package no.smertereg.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/** A page asked for in the middle of a login goes to the step that is due; anything else is a plain 403. */
class LoginStepRedirect implements AccessDeniedHandler {

    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication != null && "GET".equals(request.getMethod()) && !path.startsWith("/api/")) {
            for (var authority : authentication.getAuthorities()) {
                String step = switch (authority.getAuthority()) {
                    case LoginSteps.CODE -> "/login/kode";
                    case LoginSteps.PASSWORD -> "/login/passord";
                    case LoginSteps.UNIT -> "/login/enhet";
                    default -> null;
                };
                if (step != null) {
                    LoginSteps.redirect(response, request, step);
                    return;
                }
            }
        }
        forbidden.handle(request, response, denied);
    }
}
