package no.smertereg.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A place in a JSON body as the API's errors name it: {@code answers.Kommentar}, {@code confirm[0]}; empty for the
 * body itself. A name with refused characters, or an absurdly long one, is not echoed: the path ends before it.
 */
final class JsonFieldPath {

    private static final int LONGEST_NAME = 100;

    private JsonFieldPath() {
    }

    /** The place a parser is at: the current field of an object, the current element of an array. */
    static String of(JsonStreamContext context) {
        Deque<Object> steps = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.addFirst(Math.max(c.getCurrentIndex(), 0));
            } else if (c.getCurrentName() != null) {
                steps.addFirst(c.getCurrentName());
            }
        }
        return join(List.copyOf(steps));
    }

    /** The place Jackson's mapping error names, property by property. */
    static String of(List<JsonMappingException.Reference> references) {
        return join(references.stream().map(r -> r.getFieldName() != null ? (Object) r.getFieldName()
                : (Object) Math.max(r.getIndex(), 0)).toList());
    }

    /** The path of a property of the object at {@code object}; the object's own path if the name is not echoable. */
    static String child(String object, String name) {
        if (!echoable(name)) {
            return object;
        }
        return object.isEmpty() ? name : object + "." + name;
    }

    static boolean echoable(String name) {
        return name.length() <= LONGEST_NAME && ControlCharacters.allowed(name);
    }

    private static String join(List<Object> steps) {
        StringBuilder path = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else if (echoable((String) step)) {
                path.append(path.isEmpty() ? "" : ".").append(step);
            } else {
                break;
            }
        }
        return path.toString();
    }
}
