package no.smertereg.access.engineapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * How the engine APIs answer a refusal: 403 for what the user may not do, 404 for what they may not see (another
 * unit's object answers as a missing one), 409 for work someone else holds, 400 for bad input with the engine's
 * message but without its ENGINE codes; any other failure is 500 with a plain message and no engine detail. The body
 * keeps the engine's shape ({@code type}, {@code message}) so the webapps show it.
 */
final class EngineRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRefusals.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE_CODE = Pattern.compile("ENGINE-\\d+\\s*");
    private static final Pattern MISSING = Pattern.compile("(?i)authenticated tenant|cannot find|not found"
            + "|no \\S+( \\S+)? found|does not exist");
    private static final Set<String> BAD_INPUT = Set.of("NullValueException", "NotValidException",
            "BadUserRequestException", "InvalidRequestException");
    private static final Set<String> CONFLICTS = Set.of("TaskAlreadyClaimedException",
            "OptimisticLockingException");

    private final MessageSource messages;

    EngineRefusals(MessageSource messages) {
        this.messages = messages;
    }

    void forbidden(HttpServletResponse response, Locale locale) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", text("error.engine.forbidden", locale));
    }

    void notFound(HttpServletResponse response, Locale locale) throws IOException {
        write(response, HttpServletResponse.SC_NOT_FOUND, "NotFound", text("error.engine.notFound", locale));
    }

    /** Words a held error answer of the engine anew. */
    void reword(EngineErrorResponse held, HttpServletResponse response, Locale locale, String path)
            throws IOException {
        int status = held.getStatus();
        JsonNode body = parse(held.heldBody());
        String type = body.path("type").asText("");
        String message = body.path("message").asText("");
        if (status == HttpServletResponse.SC_FORBIDDEN || type.equals("AuthorizationException")) {
            forbidden(response, locale);
        } else if (status == HttpServletResponse.SC_NOT_FOUND || type.equals("NotFoundException")
                || MISSING.matcher(message).find()) {
            if (status >= 500) {
                log.info("Engine API {} on {} answered as not found", type, path);
            }
            notFound(response, locale);
        } else if (CONFLICTS.contains(type)) {
            write(response, HttpServletResponse.SC_CONFLICT, type, text("error.engine.conflict", locale));
        } else if (status < 500 || BAD_INPUT.contains(type)) {
            if (status >= 500) {
                log.info("Engine API {} on {} answered as bad input", type, path);
            }
            write(response, status < 500 ? status : HttpServletResponse.SC_BAD_REQUEST,
                    type.isEmpty() ? "BadRequest" : type, ENGINE_CODE.matcher(message).replaceAll(""));
        } else {
            log.warn("Engine API failure {} on {}", type.isEmpty() ? status : type, path);
            write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "InternalError",
                    text("error.engine.internal", locale));
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static void write(HttpServletResponse response, int status, String type, String message)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", type);
        body.put("message", message);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
