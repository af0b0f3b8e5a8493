package no.smertereg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What an analyst must keep when editing {@code processes/} and {@code forms/}: names and history time-to-live,
 * process id = file name, meaningful element ids, form references that resolve, every name in an expression a
 * bean's method or a variable the diagram declares, one bean per module, forms that Tasklist 7.24 (form-js 1.8,
 * schema 16) can render, and field rules that parse.
 */
class ProcessModelConventionsTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^(Activity|Event|Gateway|Task|StartEvent|EndEvent|Flow|Association|DataObject)_[0-9a-z]{7}$|_\\d+$");
    private static final Pattern MEANINGFUL_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
    /** What the engine puts in every expression's scope. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "authenticatedUserId");
    private static final Pattern RULE_PROPERTY = Pattern.compile("^rule\\.([^.]+)(\\.message(\\.en)?)?$");
    private static final Set<String> TASKLIST_COMPONENTS = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "datetime", "group", "text", "separator", "spacer");

    static Stream<Path> bpmnFiles() throws IOException {
        return Files.list(PROCESSES).filter(p -> p.toString().endsWith(".bpmn")).sorted();
    }

    static Stream<Path> formFiles() throws IOException {
        return Files.list(FORMS).filter(p -> p.toString().endsWith(".form")).sorted();
    }

    @Test
    void thereAreProcessesAndForms() throws IOException {
        assertThat(bpmnFiles()).extracting(p -> p.getFileName().toString())
                .contains("smertereg-course.bpmn", "form-correction.bpmn");
        assertThat(formFiles()).hasSizeGreaterThanOrEqualTo(6);
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void processHasNameTimeToLiveAndTheFileName(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Collection<Process> processes = model.getModelElementsByType(Process.class);
        assertThat(processes).hasSize(1);
        Process process = processes.iterator().next();
        assertThat(process.getName()).as("process name in %s", file).isNotBlank();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive in %s", file).isNotBlank();
        assertThat(process.getId() + ".bpmn").isEqualTo(file.getFileName().toString());
        assertThat(process.isExecutable()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void elementsHaveMeaningfulIdsAndNames(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getId()).as("id in %s", file).doesNotMatch(GENERATED_ID).matches(MEANINGFUL_ID);
            assertThat(node.getName()).as("name of %s in %s", node.getId(), file).isNotBlank();
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(flow.getId()).as("flow id in %s", file).doesNotMatch(GENERATED_ID);
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void exclusiveGatewaysHaveOneDefaultAndNamedConditionalFlows(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() < 2) {
                continue;
            }
            assertThat(gateway.getDefault()).as("default flow of %s", gateway.getId()).isNotNull();
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank();
                if (flow != gateway.getDefault()) {
                    assertThat(flow.getConditionExpression()).as("condition of %s", flow.getId()).isNotNull();
                }
            }
        }
    }

    /** The correction's one task shows the form it was started for, one of the course diagram's forms. */
    private static final String GENERIC_FORM_REF = "${formId}";

    /**
     * bpmnlint's fake-join rule, which {@code tools/bpmn/check} runs with the others: flows meet only in a gateway, so
     * a diagram says whether they join (parallel) or merge (exclusive).
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void flowsMeetOnlyInGateways(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!(node instanceof Gateway)) {
                assertThat(node.getIncoming()).as("incoming flows of %s in %s: merge them in a gateway",
                        node.getId(), file).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyFormRefResolvesToAFormFileDeployedWithTheProcess(Path file) throws IOException {
        Set<String> formIds = formIds();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (!GENERIC_FORM_REF.equals(task.getCamundaFormRef())) {
                assertThat(task.getCamundaFormRef()).as("formRef of %s", task.getId()).isIn(formIds);
            }
            assertThat(task.getCamundaFormRefBinding()).as("formRefBinding of %s", task.getId())
                    .isEqualTo("deployment");
            assertThat(task.getCamundaCandidateGroups()).as("candidate groups of %s", task.getId()).isNotBlank();
            assertThat(task.getCamundaAssignee()).as("assignee of %s", task.getId()).isNull();
        }
    }

    /**
     * Every name an expression of a diagram uses (listeners, service tasks, conditions, timers, due dates, candidate
     * groups, call-activity mappings; {@code ${bean.method(...)}}, {@code ${bean}}, {@code ${variable}},
     * {@code execution.getVariable("variable")}) is one of: a bean of the application with that method (found by
     * scanning the {@code @Component} classes under {@code no.smertereg}, no context started), a variable the diagram
     * declares (an extension property {@code variable.<name>} of the process, a task's {@code camunda:resultVariable},
     * a field of a form of one of its user tasks, or a {@code camunda:in} target of a diagram that calls it), or a
     * name the engine provides.
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyNameInAnExpressionIsABeanMethodOrADeclaredVariable(Path file) throws IOException {
        Map<String, Class<?>> beans = DiagramNames.componentBeans();
        Set<String> declared = DiagramNames.declaredVariables(file, PROCESSES, FORMS);
        String xml = Files.readString(file);
        assertThat(xml).as("no camunda:class in %s", file).doesNotContain("camunda:class=");
        for (String expression : DiagramNames.expressions(xml)) {
            for (String variable : DiagramNames.variablesReadByName(expression)) {
                assertThat(declared).as("variable %s read in %s of %s", variable, expression, file)
                        .contains(variable);
            }
            for (DiagramNames.Name name : DiagramNames.of(expression)) {
                if (ENGINE_NAMES.contains(name.identifier())) {
                    continue;
                }
                Class<?> bean = beans.get(name.identifier());
                if (bean == null) {
                    assertThat(declared).as("%s in %s of %s: a bean, or a variable the diagram declares "
                            + "(extension property variable.%s of the process)", name.identifier(), expression, file,
                            name.identifier()).contains(name.identifier());
                } else if (name.member() != null) {
                    assertThat(DiagramNames.hasMember(bean, name.member())).as("%s.%s in %s of %s: a method of %s",
                            name.identifier(), name.member(), expression, file, bean.getSimpleName()).isTrue();
                }
            }
        }
    }

    /**
     * A module's seam with the diagrams is one bean: a diagram calls at most one bean of each module (course, access,
     * privacy, eprom, ...), so what a module offers the analysts is in one class.
     */
    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void aDiagramCallsAtMostOneBeanPerModule(Path file) throws IOException {
        Map<String, Class<?>> beans = DiagramNames.componentBeans();
        Map<String, Set<String>> beansByModule = new TreeMap<>();
        for (String expression : DiagramNames.expressions(Files.readString(file))) {
            for (DiagramNames.Name name : DiagramNames.of(expression)) {
                Class<?> bean = beans.get(name.identifier());
                if (bean != null) {
                    beansByModule.computeIfAbsent(DiagramNames.module(bean), m -> new TreeSet<>())
                            .add(name.identifier());
                }
            }
        }
        assertThat(beansByModule.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + ": " + e.getValue()).toList())
                .as("modules whose diagram calls several beans in %s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formsAreRenderableByTasklist724(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        assertThat(form.path("id").asText() + ".form").isEqualTo(file.getFileName().toString());
        assertThat(form.path("schemaVersion").asInt()).isBetween(1, 16);
        List<String> keys = new ArrayList<>();
        collect(form.path("components"), keys, file);
        assertThat(keys).as("keys in %s", file).doesNotHaveDuplicates();
    }

    /**
     * The course's clinician forms (PO and the forms of the course diagram's user tasks) share one set of field keys:
     * a rule sees the course's other forms' answers laid over each other by key, so a key in two forms would let one
     * form's answer stand in for the other's.
     */
    @Test
    void fieldKeysAreUniqueAcrossTheCoursesClinicianForms() throws IOException {
        Set<String> formIds = new TreeSet<>(Set.of("personal-data"));
        Bpmn.readModelFromFile(PROCESSES.resolve("smertereg-course.bpmn").toFile())
                .getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                .filter(Objects::nonNull).forEach(formIds::add);
        assertThat(formIds).contains("personal-data", "smertereg-to", "smertereg-b11", "smertereg-b12",
                "smertereg-b21", "smertereg-b22");

        Map<String, List<String>> formsByKey = new TreeMap<>();
        for (String formId : formIds) {
            Path file = FORMS.resolve(formId + ".form");
            List<String> keys = new ArrayList<>();
            collect(new ObjectMapper().readTree(file.toFile()).path("components"), keys, file);
            keys.forEach(key -> formsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(formId));
        }
        assertThat(formsByKey.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " in " + e.getValue()).toList())
                .as("field keys in more than one of %s", formIds).isEmpty();
    }

    /**
     * Field rules are form-js custom properties (strings, which Tasklist ignores): {@code rule.<name>} is FEEL with a
     * leading '=' that parses, with its {@code rule.<name>.message} (and optional {@code .message.en}); a message
     * belongs to a rule. No field may be called {@code today}, the rules' name for the registry's date.
     */
    @ParameterizedTest
    @MethodSource("formFiles")
    void fieldRulesAreFeelThatParses_eachWithItsMessage(Path file) throws IOException {
        FeelEngineApi feel = FeelEngineBuilder.forJava().build();
        List<JsonNode> fields = new ArrayList<>();
        components(new ObjectMapper().readTree(file.toFile()).path("components"), fields);
        for (JsonNode field : fields) {
            assertThat(field.path("key").asText()).as("field key in %s", file).isNotEqualTo("today");
            JsonNode properties = field.path("properties");
            properties.fieldNames().forEachRemaining(name -> {
                String where = name + " of " + field.path("key").asText() + " in " + file;
                assertThat(properties.path(name).isTextual()).as("%s is a string", where).isTrue();
                Matcher rule = RULE_PROPERTY.matcher(name);
                if (!rule.matches()) {
                    assertThat(name).as("%s: rule.<name>, rule.<name>.message or .message.en", where)
                            .doesNotStartWith("rule.");
                    return;
                }
                String ruleName = "rule." + rule.group(1);
                if (rule.group(2) == null) {
                    String expression = properties.path(name).asText();
                    assertThat(expression).as("%s starts with '='", where).startsWith("=");
                    ParseResult parsed = feel.parseExpression(expression.substring(1));
                    assertThat(parsed.isSuccess()).as("%s parses: %s", where,
                            parsed.isFailure() ? parsed.failure().message() : "").isTrue();
                    assertThat(properties.path(ruleName + ".message").asText()).as("message of %s", where)
                            .isNotBlank();
                } else {
                    assertThat(properties.has(ruleName)).as("the rule of %s", where).isTrue();
                }
            });
        }
    }

    private static void components(JsonNode components, List<JsonNode> all) {
        for (JsonNode c : components) {
            all.add(c);
            components(c.path("components"), all);
        }
    }

    private static void collect(JsonNode components, List<String> keys, Path file) {
        for (JsonNode c : components) {
            assertThat(c.path("type").asText()).as("component type in %s", file).isIn(TASKLIST_COMPONENTS);
            if (c.hasNonNull("key")) {
                keys.add(c.path("key").asText());
            }
            collect(c.path("components"), keys, file);
        }
    }

    private static Set<String> formIds() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> ids = new java.util.HashSet<>();
        for (Path form : formFiles().toList()) {
            ids.add(json.readTree(form.toFile()).path("id").asText());
        }
        return ids;
    }
}
