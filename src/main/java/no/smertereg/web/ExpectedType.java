package no.smertereg.web;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import no.smertereg.shared.FieldProblem;

/** A value of the wrong type, told as what the field takes ("et heltall", "true eller false", "en av A, B"). */
final class ExpectedType {

    private ExpectedType() {
    }

    static FieldProblem problem(String field, Class<?> type) {
        String kind = kind(type);
        if (kind == null) {
            return FieldProblem.of(field, "error.field.type");
        }
        Object[] args = type.isEnum() ? new Object[] {Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", "))} : new Object[0];
        return FieldProblem.of(field, "error.json.type",
                new DefaultMessageSourceResolvable(new String[] {"error.json.kind." + kind}, args));
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "dateTime";
        }
        if (type.isEnum()) {
            return "choice";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "object";
        }
        return null;
    }

}
