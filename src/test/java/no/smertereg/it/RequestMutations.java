package no.smertereg.it;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Malformed variants of one operation's request, derived from its OpenAPI schema alone: per body property a value
 * of each wrong type, a control character, the property twice; per parameter a control character and wrong types;
 * and for the body as a whole an empty, a broken, an unknown-property and an oversized one (with a length and
 * chunked). Each names the field the refusal must name.
 */
final class RequestMutations {

    enum Where { BODY, QUERY, PATH }

    /**
     * One malformed request: the body text (or the operation's well-formed body when a parameter is the target),
     * the status and field the refusal must have; {@code field} null where any field will do. An encoded NUL in a
     * path never reaches the application: Tomcat refuses it itself with a plain 400 ({@code byContainer}). An
     * oversized body and a control character in a query parameter are refused by servlet filters ahead of the login
     * ({@code beforeLogin}): their refusal says nothing about whether the call got past the permission check.
     */
    record Mutation(String label, Where where, String name, String value, String body, boolean chunked, int status,
            String field, boolean byContainer, boolean beforeLogin) {
    }

    /** Marks the values sent, so a refusal that echoes one is found. */
    static final String MARK = "Fz7";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String RAW = "@@raw@@";
    private static final int DEEPEST = 3;

    private final OpenApiOperations.Operation operation;
    private final JsonNode base;
    private final String baseText;
    private final List<Mutation> mutations = new ArrayList<>();
    private boolean rawNulSent;

    private RequestMutations(OpenApiOperations.Operation operation) {
        this.operation = operation;
        this.base = operation.body() == null ? null : wellFormed(operation.body(), 0);
        this.baseText = base == null ? null : text(base);
    }

    static List<Mutation> of(OpenApiOperations.Operation operation, int limit) {
        RequestMutations m = new RequestMutations(operation);
        operation.parameters().forEach(m::parameter);
        if (m.base != null) {
            m.wholeBody(limit);
            m.value(List.of(), operation.body(), 0);
        }
        return m.mutations;
    }

    private void parameter(OpenApiOperations.Parameter parameter) {
        String type = parameter.schema().path("type").asText();
        String name = parameter.name();
        Where where = "path".equals(parameter.in()) ? Where.PATH : Where.QUERY;
        List<String> wrong = new ArrayList<>();
        if ("integer".equals(type) || "number".equals(type)) {
            wrong.addAll(List.of("abc", "true"));
            if ("integer".equals(type)) {
                wrong.add("5.5");
            }
        } else if (parameter.schema().path("format").asText().startsWith("date")) {
            wrong.addAll(List.of(MARK, "2026-13-01"));
        }
        wrong.forEach(v -> mutations.add(new Mutation(where + " " + name + "=" + printable(v), where, name, v,
                baseText, false, 400, name, false, false)));
        String control = MARK + (where == Where.PATH ? "\u0001" : "\u0000");
        mutations.add(new Mutation(where + " " + name + "=" + printable(control), where, name, control, baseText,
                false, 400, name, false, where == Where.QUERY));
        if (where == Where.PATH) {
            mutations.add(new Mutation("path " + name + " with NUL", where, name, MARK + "\u0000", baseText, false,
                    400, null, true, false));
        }
    }

    private void wholeBody(int limit) {
        body("empty body", "", "body");
        body("broken JSON", "{\"", "body");
        body("trailing content", baseText + " {}", "body");
        body("an array for the body", "[]", "body");
        body("a text for the body", "\"" + MARK + "\"", "body");
        String oversized = "{\"" + MARK + "\":\"" + "x".repeat(limit + 1024) + "\"}";
        mutations.add(new Mutation("oversized body", Where.BODY, null, null, oversized, false, 413, "body", false,
                true));
        mutations.add(new Mutation("oversized chunked body", Where.BODY, null, null, oversized, true, 413, "body",
                false, true));
    }

    /** The mutations of the value at {@code steps} (the body itself when empty) whose schema is given. */
    private void value(List<Object> steps, JsonNode schema, int depth) {
        String type = type(schema);
        String field = field(steps);
        switch (type) {
            case "string" -> {
                wrongTypes(steps, 5, 5.5, true, NODES.objectNode(), NODES.arrayNode());
                set(steps, "control character", TextNode.valueOf(MARK + "\u0000"), field);
                if (!rawNulSent) {
                    rawNulSent = true;
                    raw(steps, "unescaped NUL", "\"" + MARK + "\u0000\"", field);
                }
            }
            case "integer" -> wrongTypes(steps, MARK, "5", "", 5.5, true, NODES.objectNode(), NODES.arrayNode());
            case "number" -> wrongTypes(steps, MARK, "5", true, NODES.objectNode(), NODES.arrayNode());
            case "boolean" -> wrongTypes(steps, 1, 0, "yes", "true", NODES.objectNode(), NODES.arrayNode());
            case "array" -> {
                wrongTypes(steps, MARK, 5, NODES.objectNode());
                List<Object> first = with(steps, 0);
                JsonNode items = schema.path("items");
                if (depth < DEEPEST && !items.isMissingNode()) {
                    value(first, items, depth + 1);
                }
            }
            case "map" -> {
                wrongTypes(steps, MARK, 5, NODES.arrayNode());
                String fuzz = field(with(steps, "Fuzz"));
                raw(steps, "a control character in an answer", "{\"Fuzz\":\"" + MARK + "\\u0000\"}", fuzz);
                raw(steps, "a control character in a listed answer", "{\"Fuzz\":[\"a\",\"" + MARK + "\\u0007\"]}",
                        fuzz + "[1]");
                raw(steps, "a control character in an answer's name", "{\"Fu\\u0000zz\":\"1\"}", orBody(field));
                raw(steps, "an answer twice", "{\"Fuzz\":\"1\",\"Fuzz\":\"2\"}", fuzz);
            }
            case "object" -> {
                if (!steps.isEmpty()) {
                    wrongTypes(steps, MARK, 5, NODES.arrayNode());
                }
                if (at(steps) instanceof ObjectNode present) {
                    set(steps, "unknown property", present.deepCopy().put("fuzzUnknown", 1),
                            field(with(steps, "fuzzUnknown")));
                }
                schema.path("properties").fields().forEachRemaining(p -> {
                    List<Object> property = with(steps, p.getKey());
                    if (steps.isEmpty()) {
                        body(p.getKey() + " twice", "{" + text(p.getKey()) + ":" + text(at(property)) + ","
                                + baseText.substring(1), p.getKey());
                    }
                    if (depth < DEEPEST) {
                        value(property, p.getValue(), depth + 1);
                    }
                });
            }
            default -> {
                // an untyped value (an answer): any JSON is allowed there
            }
        }
    }

    private void wrongTypes(List<Object> steps, Object... values) {
        String field = orBody(field(steps));
        for (Object value : values) {
            JsonNode node = value instanceof JsonNode json ? json : JSON.valueToTree(value);
            set(steps, "wrong type " + node, node, field);
        }
    }

    private void set(List<Object> steps, String what, JsonNode value, String field) {
        if (steps.isEmpty()) {
            body(what, text(value), orBody(field));
        } else {
            raw(steps, what, text(value), field);
        }
    }

    /** The well-formed body with the value at {@code steps} replaced by raw JSON text. */
    private void raw(List<Object> steps, String what, String json, String field) {
        String text = json;
        if (!steps.isEmpty()) {
            JsonNode copy = base.deepCopy();
            JsonNode parent = steps.size() == 1 ? copy : at(copy, steps.subList(0, steps.size() - 1));
            Object last = steps.get(steps.size() - 1);
            if (parent instanceof ArrayNode array) {
                array.removeAll().add(RAW);
            } else if (parent instanceof ObjectNode object) {
                object.put((String) last, RAW);
            } else {
                return; // inside an element the well-formed body does not have
            }
            text = text(copy).replace("\"" + RAW + "\"", json);
        }
        body(field(steps) + ": " + what, text, orBody(field));
    }

    private void body(String what, String text, String field) {
        mutations.add(new Mutation(printable(what), Where.BODY, null, null, text, false, 400, field, false, false));
    }

    private JsonNode at(List<Object> steps) {
        return at(base, steps);
    }

    private static JsonNode at(JsonNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    /** A body of the right shape: every property present with a value of its type. */
    private static JsonNode wellFormed(JsonNode schema, int depth) {
        return switch (type(schema)) {
            case "string" -> TextNode.valueOf(schema.has("enum") ? schema.path("enum").get(0).asText()
                    : switch (schema.path("format").asText()) {
                        case "date" -> "2026-01-01";
                        case "date-time" -> "2026-01-01T10:00:00";
                        default -> "x";
                    });
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode();
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < DEEPEST) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                            wellFormed(p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "map" -> NODES.objectNode();
            default -> TextNode.valueOf("x");
        };
    }

    /** The schema's type; "map" for an object without declared properties (form answers). */
    private static String type(JsonNode schema) {
        String type = schema.path("type").asText("");
        if ("object".equals(type) || schema.has("properties") || schema.has("additionalProperties")) {
            return schema.has("properties") ? "object" : "map";
        }
        return type;
    }

    private static List<Object> with(List<Object> steps, Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** The field as the API names it: {@code answers.Fuzz}, {@code confirm[0]}. */
    static String field(List<Object> steps) {
        StringBuilder field = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step);
            }
        }
        return field.toString();
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String text) {
        return text.replace("\u0000", "\\u0000").replace("\u0001", "\\u0001");
    }
}
