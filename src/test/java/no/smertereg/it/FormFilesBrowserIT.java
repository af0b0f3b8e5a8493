package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.smertereg.forms.FormCatalogue;
import no.smertereg.forms.FormDefinition;
import no.smertereg.forms.FormVisibility;

/**
 * Issue 18's "Done when": every {@code .form} in {@code forms/} rendered on the registry's own page
 * ({@code /skjemaer/{id}}, Debian chromium, as {@code lu.haukeland}) shows every label, group heading, text block,
 * description and choice of the file, each inside its component; and for answer sets that make every
 * {@code conditional.hide} of the file both true and false, the components the browser shows and hides are exactly
 * the ones the server's FEEL evaluation hides for the answers the page would send. On the old main there was no such
 * page, groups had no heading, checkbox descriptions were missing and only {@code Key = value} conditions were
 * applied. Screenshots: {@code target/screenshots/form-file-<id>.png}.
 */
class FormFilesBrowserIT extends IntegrationTest {

    private static final Pattern NAME = Pattern.compile("\"[^\"]*\"|([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "true", "false", "null", "date",
            "today", "if", "then", "else", "in", "between");
    private static final int MOST_COMBINATIONS = 2000;
    private static final String VARIABLE = "variable.";

    @Autowired
    FormCatalogue catalogue;

    @Autowired
    FormVisibility visibility;

    @Test
    void everyFormFileShowsAllItsTexts_andHidesExactlyWhatTheServerHides() throws Exception {
        List<Path> files;
        try (var list = Files.list(Path.of("forms"))) {
            files = list.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(14);
        List<String> problems = new ArrayList<>();
        try (RealBrowser browser = new RealBrowser(port, 1280, 1000)) {
            logIn(browser, "lu.haukeland", "demo");
            browser.open("/skjemaer");
            for (Path file : files) {
                assertThat(browser.text()).contains(file.getFileName().toString().replace(".form", ""));
            }
            for (Path file : files) {
                JsonNode json = new ObjectMapper().readTree(file.toFile());
                String id = json.path("id").asText();
                browser.open("/skjemaer/" + id);
                assertThat(browser.text()).as(id).contains("Skjema " + id);
                problems.addAll(missingTexts(browser, id, json));
                problems.addAll(conditions(browser, id, json));
                browser.screenshot("form-file-" + id);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Every text of every component is inside that component's element on the page. */
    private List<String> missingTexts(RealBrowser browser, String id, JsonNode json) {
        List<String> missing = new ArrayList<>();
        for (JsonNode c : components(json)) {
            String component = c.hasNonNull("key") ? c.path("key").asText() : c.path("id").asText();
            String type = c.path("type").asText();
            Object found = browser.script("const e = document.querySelector('[data-component=\"' + arguments[0]"
                    + " + '\"]'); return e ? e.textContent.replace(/\\s+/g, ' ') : null;", component);
            if (found == null) {
                missing.add(id + ": no component " + component + " (" + type + ")");
                continue;
            }
            for (String text : texts(c)) {
                if (!found.toString().contains(text)) {
                    missing.add(id + ": " + component + " lacks \"" + text + "\"");
                }
            }
        }
        return missing;
    }

    private static List<String> texts(JsonNode c) {
        List<String> texts = new ArrayList<>();
        for (String property : List.of("label", "dateLabel", "description")) {
            if (c.hasNonNull(property)) {
                texts.add(normal(c.path(property).asText()));
            }
        }
        c.path("values").forEach(v -> texts.add(normal(v.path("label").asText())));
        if ("text".equals(c.path("type").asText())) {
            for (String line : c.path("text").asText().split("\n")) {
                String text = normal(line.replaceFirst("^\\s*#+\\s*", ""));
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /**
     * For each condition, an answer set (found with the server's evaluation) that hides its component and one that
     * shows it; each set is filled in on the page at once, and once the page's script has asked the server (and
     * asked again while showing or hiding changed the answers it sends), the components not displayed must be the
     * ones the server hides for the answers the page would send now.
     */
    private List<String> conditions(RealBrowser browser, String id, JsonNode json) {
        FormDefinition form = catalogue.find(id).orElseThrow();
        Map<String, List<String>> variables = visibility.variableValues();
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        Map<String, String> conditional = new LinkedHashMap<>();
        for (JsonNode c : components(json)) {
            String component = c.hasNonNull("key") ? c.path("key").asText() : c.path("id").asText();
            if (c.hasNonNull("key")) {
                fields.put(component, c);
            }
            if (c.path("conditional").hasNonNull("hide")) {
                conditional.put(component, c.path("conditional").path("hide").asText().substring(1));
            }
        }
        Set<Map<String, String>> answerSets = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> condition : conditional.entrySet()) {
            Map<String, List<String>> options = new LinkedHashMap<>();
            for (String name : names(condition.getValue())) {
                if (fields.containsKey(name)) {
                    options.put(name, options(fields.get(name)));
                } else if (variables.containsKey(name)) {
                    options.put(VARIABLE + name, variables.get(name));
                }
            }
            Map<String, String> hiding = null;
            Map<String, String> showing = null;
            for (Map<String, String> answers : combinations(options)) {
                boolean hidden = serverHides(form, variables, answers).contains(condition.getKey());
                if (hidden && hiding == null) {
                    hiding = answers;
                } else if (!hidden && showing == null) {
                    showing = answers;
                }
            }
            if (hiding == null || showing == null) {
                problems.add(id + ": no answers found that " + (hiding == null ? "hide " : "show ")
                        + condition.getKey());
            }
            if (hiding != null) {
                answerSets.add(hiding);
            }
            if (showing != null) {
                answerSets.add(showing);
            }
        }
        Set<String> seenHidden = new TreeSet<>();
        Set<String> seenShown = new TreeSet<>();
        for (Map<String, String> answers : answerSets) {
            browser.script(FILL, answers, new ArrayList<>(fields.keySet()));
            browser.conditionsApplied();
            @SuppressWarnings("unchecked")
            Map<String, String> sent = (Map<String, String>) browser.script(SENT);
            @SuppressWarnings("unchecked")
            List<String> notDisplayed = (List<String>) browser.script(NOT_DISPLAYED);
            Set<String> expected = serverHides(form, variables, sent);
            if (!new TreeSet<>(notDisplayed).equals(new TreeSet<>(expected))) {
                problems.add(id + " with " + sent + ": the browser hides " + new TreeSet<>(notDisplayed)
                        + ", the server " + new TreeSet<>(expected));
            }
            conditional.keySet().forEach(c -> (notDisplayed.contains(c) ? seenHidden : seenShown).add(c));
        }
        for (String c : conditional.keySet()) {
            if (!seenHidden.contains(c) || !seenShown.contains(c)) {
                problems.add(id + ": " + c + " was not seen both hidden and shown in the browser");
            }
        }
        return problems;
    }

    /** The server's evaluation for answers as a page sends them, with the variables chosen on it. */
    private Set<String> serverHides(FormDefinition form, Map<String, List<String>> variables,
            Map<String, String> answers) {
        Map<String, Object> chosen = new HashMap<>();
        variables.forEach((name, values) -> chosen.put(name, answers.getOrDefault(VARIABLE + name, values.get(0))));
        Map<String, String> given = new HashMap<>(answers);
        given.values().removeIf(v -> v == null || v.isEmpty() || "false".equals(v));
        return visibility.preview(form, form.answersFrom(given), chosen);
    }

    private static List<String> options(JsonNode field) {
        List<String> options = new ArrayList<>();
        switch (field.path("type").asText()) {
            case "checkbox" -> options.addAll(List.of("false", "true"));
            case "radio", "select" -> {
                options.add("");
                field.path("values").forEach(v -> options.add(v.path("value").asText()));
            }
            case "datetime" -> options.addAll(List.of("", "2026-01-01"));
            default -> options.addAll(List.of("", "1"));
        }
        return options;
    }

    private static List<Map<String, String>> combinations(Map<String, List<String>> options) {
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> option : options.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String value : option.getValue()) {
                    Map<String, String> more = new LinkedHashMap<>(partial);
                    more.put(option.getKey(), value);
                    next.add(more);
                }
            }
            all = next.size() > MOST_COMBINATIONS ? next.subList(0, MOST_COMBINATIONS) : next;
        }
        return all;
    }

    private static Set<String> names(String expression) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(expression);
        while (m.find()) {
            if (m.group(1) != null && !FEEL_WORDS.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static List<JsonNode> components(JsonNode json) {
        List<JsonNode> all = new ArrayList<>();
        collect(json.path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> all) {
        for (JsonNode c : components) {
            all.add(c);
            collect(c.path("components"), all);
        }
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Clears every answer of the preview form, sets the given ones (and variables), and fires one change. */
    private static final String FILL = """
            const form = document.getElementById('preview-form');
            const set = arguments[0];
            const fields = arguments[1];
            for (const el of form.elements) {
              if (!el.name || el.type === 'hidden') { continue; }
              const has = Object.prototype.hasOwnProperty.call(set, el.name);
              const value = has ? set[el.name] : null;
              if (el.name.startsWith('variable.')) { el.selectedIndex = 0; if (has) { el.value = value; } continue; }
              if (!fields.includes(el.name)) { continue; }
              if (el.type === 'checkbox') { el.checked = value === 'true'; }
              else if (el.type === 'radio') { el.checked = value !== null && el.value === value; }
              else { el.value = value === null ? '' : value; }
            }
            form.dispatchEvent(new Event('change', { bubbles: true }));""";

    /** What the preview form would send now (disabled inputs of hidden components are not sent). */
    private static final String SENT = """
            const sent = {};
            new FormData(document.getElementById('preview-form')).forEach((value, name) => {
              if (name !== '_csrf' && !(name in sent)) { sent[name] = value; }
            });
            return sent;""";

    /** The components the browser does not display. */
    private static final String NOT_DISPLAYED = """
            return Array.from(document.querySelectorAll('#preview-form [data-component]'))
              .filter(e => e.getClientRects().length === 0).map(e => e.getAttribute('data-component'));""";
}
