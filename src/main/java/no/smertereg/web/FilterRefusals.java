package no.smertereg.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import no.smertereg.shared.FieldProblem;

/**
 * A refusal written by a servlet filter, before Spring MVC and Spring Security: problem JSON with the field for the
 * APIs (the registry's, the engine's and the webapps'), the error page with the reason for everything else.
 */
@Component
class FilterRefusals {

    private static final List<String> API_PATHS = List.of("/api/", "/engine-rest/", "/camunda/api/", "/v3/");

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    FilterRefusals(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /**
     * Answers the request with the status. The API gets {@code errors: [{field, message}]} from the problem; a page
     * gets {@code pageCode}'s text (its arguments after the code).
     */
    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, FieldProblem problem,
            String pageCode, Object... pageArgs) throws IOException {
        Locale locale = locales.resolveLocale(request);
        if (isApi(request)) {
            String message = messages.getMessage(problem.messageCode(), problem.args().toArray(),
                    problem.messageCode(), locale);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", status.getReasonPhrase());
            body.put("status", status.value());
            body.put("detail", status == HttpStatus.BAD_REQUEST
                    ? messages.getMessage("error.invalidInput", new Object[] {1}, locale) : message);
            body.put("instance", path(request));
            body.put("errors", List.of(Map.of("field", problem.field(), "message", message)));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), body);
        } else {
            request.setAttribute("detail", messages.getMessage(pageCode, pageArgs, pageCode, locale));
            response.sendError(status.value());
        }
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return API_PATHS.stream().anyMatch(path::startsWith);
    }
}
