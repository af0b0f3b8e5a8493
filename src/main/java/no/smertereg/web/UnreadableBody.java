package no.smertereg.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import no.smertereg.shared.FieldProblem;

/**
 * Why a JSON body could not be read, as one field's problem: the field by its JSON path, {@code body} only when no
 * field is to blame (no body, broken JSON, a body of the wrong kind). Neither the value nor Jackson's message (which
 * may quote personal data) is passed on.
 */
final class UnreadableBody {

    static final String BODY = "body";

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) [\"'](.*)[\"']");
    private static final String CONTROL_CHARACTER = "error.field.controlCharacter";

    private UnreadableBody() {
    }

    static FieldProblem describe(Throwable failure) {
        JsonProcessingException cause = deepestJacksonCause(failure);
        if (cause instanceof ControlCharacterException control) {
            return FieldProblem.of(orBody(control.field()), CONTROL_CHARACTER);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown);
        }
        if (cause instanceof JsonMappingException mapping) {
            return mapping(mapping);
        }
        if (cause instanceof StreamReadException broken) {
            return broken(broken);
        }
        return cause == null ? FieldProblem.of(BODY, "error.body.missing") : FieldProblem.of(BODY,
                "error.body.malformed");
    }

    /** Jackson wraps a parser's error in a mapping error of the property it was reading: the parser's is the cause. */
    private static JsonProcessingException deepestJacksonCause(Throwable failure) {
        JsonProcessingException deepest = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException jackson) {
                deepest = jackson;
            }
        }
        return deepest;
    }

    private static FieldProblem unknownProperty(UnrecognizedPropertyException e) {
        String name = e.getPropertyName();
        String field = JsonFieldPath.of(e.getPath());
        if (name != null && !JsonFieldPath.echoable(name)) {
            return FieldProblem.of(orBody(field), CONTROL_CHARACTER);
        }
        return FieldProblem.of(orBody(field), "error.json.unknownField");
    }

    private static FieldProblem mapping(JsonMappingException e) {
        String path = JsonFieldPath.of(e.getPath());
        if (path.isEmpty() && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            return FieldProblem.of(BODY, "error.body.malformed");
        }
        String field = orBody(path);
        if (e instanceof InvalidDefinitionException) {
            return FieldProblem.of(field, "error.json.unreadableField");
        }
        return ExpectedType.problem(field, e instanceof MismatchedInputException mismatch
                ? mismatch.getTargetType() : null);
    }

    private static FieldProblem broken(StreamReadException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonParser parser = e.getProcessor();
        Matcher duplicate = DUPLICATE.matcher(message);
        if (duplicate.find()) {
            String object = parser != null ? JsonFieldPath.of(parser.getParsingContext().getParent()) : "";
            return FieldProblem.of(orBody(JsonFieldPath.child(object, duplicate.group(1))), "error.json.duplicate");
        }
        if (e instanceof InputCoercionException outOfRange && parser != null) {
            String field = orBody(JsonFieldPath.of(parser.getParsingContext()));
            return ExpectedType.problem(field, outOfRange.getTargetType());
        }
        if (message.contains("CTRL-CHAR") && parser != null) {
            return FieldProblem.of(orBody(JsonFieldPath.of(parser.getParsingContext())), CONTROL_CHARACTER);
        }
        return FieldProblem.of(BODY, "error.body.malformed");
    }

    private static String orBody(String field) {
        return field.isEmpty() ? BODY : field;
    }
}
