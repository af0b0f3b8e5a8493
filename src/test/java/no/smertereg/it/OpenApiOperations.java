package no.smertereg.it;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The operations of an OpenAPI document with their parameters and JSON request body, references resolved. */
final class OpenApiOperations {

    record Parameter(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<Parameter> parameters, JsonNode body) {

        boolean takesInput() {
            return body != null || !parameters.isEmpty();
        }

        /** The position of a path parameter among the path's segments. */
        int segmentOf(String parameter) {
            return List.of(path.split("/")).indexOf("{" + parameter + "}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final int DEEPEST = 5;

    private OpenApiOperations() {
    }

    static List<Operation> read(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                List<Parameter> parameters = new ArrayList<>();
                op.getValue().path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(),
                        p.path("in").asText(), resolve(document, p.path("schema"), 0))));
                JsonNode json = op.getValue().path("requestBody").path("content").path("application/json");
                JsonNode body = json.isMissingNode() ? null : resolve(document, json.path("schema"), 0);
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        List.copyOf(parameters), body));
            }
        }
        return operations;
    }

    /** The schema with every {@code $ref} replaced by the component it names. */
    private static JsonNode resolve(JsonNode document, JsonNode schema, int depth) {
        if (depth > DEEPEST || !schema.isObject()) {
            return schema;
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        ObjectNode resolved = schema.deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            schema.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(),
                    resolve(document, p.getValue(), depth + 1)));
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(document, schema.path("items"), depth + 1));
        }
        return resolved;
    }
}
