package no.smertereg.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import no.smertereg.shared.FieldProblem;

/**
 * Refuses control characters ({@link ControlCharacters}) in the parameters of the registry's pages and API (query
 * string and form posts) with 400 naming the parameter. The engine's REST API and the Camunda webapps handle their
 * own input and are left alone.
 */
final class ControlCharacterFilter extends OncePerRequestFilter {

    static final String UNNAMED = "parameters";

    private static final Logger log = LoggerFactory.getLogger(ControlCharacterFilter.class);
    private static final List<String> NOT_OURS = List.of("/engine-rest/", "/camunda/");

    private final FilterRefusals refusals;

    ControlCharacterFilter(FilterRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = FilterRefusals.path(request);
        return NOT_OURS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!ControlCharacters.allowed(name)
                    || Arrays.stream(parameter.getValue()).anyMatch(v -> !ControlCharacters.allowed(v))) {
                String field = JsonFieldPath.echoable(name) ? name : UNNAMED;
                log.info("Control character in a parameter refused");
                refusals.refuse(request, response, HttpStatus.BAD_REQUEST,
                        FieldProblem.of(field, "error.field.controlCharacter"), "error.page.controlCharacter", field);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
