package no.smertereg.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reads every the {@code .form} files under {@code forms/} of {@code registry.definitions-location}: the same files the engine deploys and Tasklist renders. */
@Component
public class FormCatalogue {

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "datetime");

    private final Map<String, FormDefinition> forms = new LinkedHashMap<>();

    public FormCatalogue(ObjectMapper json) throws IOException {
        this(json, RegistryDefinitions.DEFAULT_LOCATION);
    }

    @Autowired
    public FormCatalogue(ObjectMapper json,
            @Value("${registry.definitions-location:" + RegistryDefinitions.DEFAULT_LOCATION + "}") String location)
            throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location + "forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                FormDefinition form = parse(json, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                forms.put(form.id(), form);
            }
        }
    }

    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }

    public FormDefinition get(FormKey key) {
        return find(key.formId()).orElseThrow(() -> new IllegalStateException("No form file " + key.formId()));
    }

    public Set<String> ids() {
        return forms.keySet();
    }

    static FormDefinition parse(ObjectMapper json, String text) throws IOException {
        JsonNode root = json.readTree(text);
        List<FormField> fields = new ArrayList<>();
        List<FormItem> items = collect(root.path("components"), fields);
        return new FormDefinition(root.path("id").asText(), root.path("valueSetVersion").asText(null),
                List.copyOf(fields), items, text);
    }

    /** The components in order, groups with theirs; every input (in groups too) also goes to {@code fields}. */
    private static List<FormItem> collect(JsonNode components, List<FormField> fields) {
        List<FormItem> items = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if ("group".equals(type)) {
                items.add(new FormItem(null, null, new FormGroup(c.path("id").asText(),
                        c.path("label").asText(null), condition(c), c.path("showOutline").asBoolean(true),
                        collect(c.path("components"), fields))));
            } else if (INPUT_TYPES.contains(type)) {
                FormField field = field(c, type);
                fields.add(field);
                items.add(new FormItem(field, null, null));
            } else if ("text".equals(type)) {
                items.add(new FormItem(null, FormText.of(c.path("id").asText(), c.path("text").asText(""),
                        condition(c)), null));
            }
        }
        return List.copyOf(items);
    }

    private static String condition(JsonNode c) {
        return expression(c.path("conditional").path("hide").asText(null));
    }

    private static String expression(String text) {
        return text != null && text.startsWith("=") ? text.substring(1) : text;
    }

    /** The field's {@code rule.<name>} custom properties with their messages, in the file's order. */
    private static List<FormRule> rules(JsonNode properties, String fieldKey) {
        List<FormRule> rules = new ArrayList<>();
        properties.fieldNames().forEachRemaining(name -> {
            String ruleName = name.startsWith(FormRule.PREFIX) ? name.substring(FormRule.PREFIX.length()) : "";
            if (ruleName.isEmpty() || ruleName.contains(".")) {
                return;
            }
            String message = properties.path(name + FormRule.MESSAGE).asText(null);
            if (message == null || message.isBlank()) {
                throw new IllegalStateException("Rule " + name + " of field " + fieldKey + " has no " + name
                        + FormRule.MESSAGE);
            }
            rules.add(new FormRule(ruleName, expression(properties.path(name).asText()), message,
                    properties.path(name + FormRule.MESSAGE + FormRule.ENGLISH).asText(null)));
        });
        return List.copyOf(rules);
    }

    private static FormField field(JsonNode c, String type) {
        JsonNode validate = c.path("validate");
        List<String> codes = new ArrayList<>();
        List<String> codeLabels = new ArrayList<>();
        c.path("values").forEach(v -> {
            codes.add(v.path("value").asText());
            codeLabels.add(v.path("label").asText());
        });
        String hide = condition(c);
        String label = c.hasNonNull("label") ? c.path("label").asText() : c.path("dateLabel").asText(null);
        String key = c.path("key").asText();
        return new FormField(key, type, label, validate.path("required").asBoolean(false),
                decimal(validate.path("min")), decimal(validate.path("max")),
                c.hasNonNull("decimalDigits") ? c.path("decimalDigits").asInt() : null,
                validate.hasNonNull("maxLength") ? validate.path("maxLength").asInt() : null,
                validate.path("pattern").asText(null), List.copyOf(codes), hide, c.path("description").asText(null),
                List.copyOf(codeLabels), rules(c.path("properties"), key));
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
