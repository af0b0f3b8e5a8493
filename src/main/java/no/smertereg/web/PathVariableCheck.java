package no.smertereg.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import no.smertereg.shared.InvalidInputException;

/**
 * Refuses control characters in a path variable ({@code /api/units/{reshId}}) with 400 naming the variable, before
 * the handler could echo it in a 404. (Tomcat itself refuses an encoded NUL in a path, with its own 400.)
 */
final class PathVariableCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !ControlCharacters.allowed(text)) {
                    throw InvalidInputException.of(String.valueOf(name), "error.field.controlCharacter");
                }
            });
        }
        return true;
    }
}
