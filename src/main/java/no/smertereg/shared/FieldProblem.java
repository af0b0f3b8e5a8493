package no.smertereg.shared;

import java.util.List;

/** One field's problem in bad input: the field's key and a message code with its arguments. */
public record FieldProblem(String field, String messageCode, List<Object> args) {

    public static FieldProblem of(String field, String messageCode, Object... args) {
        return new FieldProblem(field, messageCode, List.of(args));
    }
}
