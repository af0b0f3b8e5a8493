package no.smertereg.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string or property name holding a refused character, with the place it was found (never the text). */
final class ControlCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String field;

    private ControlCharacterException(JsonParser parser, String field) {
        super(parser, "Refused control character in text", String.class);
        this.field = field;
    }

    /** In the string value the parser is at. */
    static ControlCharacterException inValue(JsonParser parser) {
        return new ControlCharacterException(parser, JsonFieldPath.of(parser.getParsingContext()));
    }

    /** In the property name the parser is at: the object holding it is named. */
    static ControlCharacterException inName(JsonParser parser) {
        return new ControlCharacterException(parser, JsonFieldPath.of(parser.getParsingContext().getParent()));
    }

    String field() {
        return field;
    }
}
