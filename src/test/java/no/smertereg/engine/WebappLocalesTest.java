package no.smertereg.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: the Camunda webapps speak bokmål from our {@code locales/nb.json}, which must translate every text of
 * the {@code en.json} the webapp jar ships (a key missing in nb shows the bare key), keep each text's placeholders
 * ({@code {{count}}}) and HTML tags, carry no key Camunda does not know, and its date words (moment.js's
 * {@code dateLocales}) must be Norwegian. Read from the classpath as the webapps are served: the jar's en.json and
 * config.js beside our nb.json and config.js.
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    /** The HTML the texts use (links, line breaks, emphasis); {@code <null>} and the like are words on screen. */
    private static final Pattern TAG = Pattern.compile("</?(a|br|strong|em|b|i|code|p|span)\\b[^>]*>");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyTextOfTheShippedEnglishHasABokmaalTranslationWithTheSamePlaceholdersAndTags(String webapp)
            throws IOException {
        Map<String, JsonNode> english = flat(read(webapp + "/locales/en.json"));
        Map<String, JsonNode> bokmaal = flat(read(webapp + "/locales/nb.json"));

        assertThat(english).as("en.json of %s in the webapp jar", webapp).hasSizeGreaterThan(100);
        assertThat(bokmaal.keySet()).as("keys of %s's nb.json", webapp)
                .containsExactlyInAnyOrderElementsOf(english.keySet());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> text : english.entrySet()) {
            JsonNode nb = bokmaal.get(text.getKey());
            if (!nb.isTextual() || nb.asText().isBlank() && !text.getValue().asText().isBlank()) {
                wrong.add(text.getKey() + ": empty");
            } else if (!all(PLACEHOLDER, text.getValue().asText()).equals(all(PLACEHOLDER, nb.asText()))) {
                wrong.add(text.getKey() + ": placeholders " + all(PLACEHOLDER, nb.asText()));
            } else if (!tags(text.getValue().asText()).equals(tags(nb.asText()))) {
                wrong.add(text.getKey() + ": tags " + tags(nb.asText()));
            }
        }
        assertThat(wrong).as("texts of %s's nb.json", webapp).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void theDatesAreNorwegian(String webapp) throws IOException {
        JsonNode dates = read(webapp + "/locales/nb.json").path("dateLocales");
        assertThat(dates.path("months").get(0).asText()).isEqualTo("januar");
        assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("mandag");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void bokmaalIsTheDefaultAndEnglishAvailable(String webapp) throws IOException {
        String config = new String(stream(webapp + "/scripts/config.js").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(config).contains("availableLocales: ['nb', 'en']", "fallbackLocale: 'nb'");
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    private static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            found.add(m.group().toLowerCase());
        }
        return found;
    }

    /** The texts by their path (dateLocales/months/0, labels/CLAIM); the dates are checked on their own. */
    private static Map<String, JsonNode> flat(JsonNode node) {
        Map<String, JsonNode> texts = new LinkedHashMap<>();
        flat(node, "", texts);
        return texts;
    }

    private static void flat(JsonNode node, String path, Map<String, JsonNode> texts) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flat(f.getValue(), path + "/" + f.getKey(), texts));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flat(node.get(i), path + "/" + i, texts);
            }
        } else if (!path.startsWith("/dateLocales")) {
            texts.put(path, node);
        }
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = stream(file)) {
            byte[] bytes = in.readAllBytes();
            int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB
                    && bytes[2] == (byte) 0xBF ? 3 : 0; // Camunda's files begin with a byte-order mark
            return JSON.readTree(new String(bytes, start, bytes.length - start,
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static InputStream stream(String file) {
        InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(APP + file);
        assertThat(in).as("%s on the classpath", APP + file).isNotNull();
        return in;
    }
}
