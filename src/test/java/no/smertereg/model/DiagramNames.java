package no.smertereg.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The names a diagram's JUEL expressions refer to (top-level identifiers, variables read by name), the variables the
 * diagram declares, and the application's beans they may name.
 */
final class DiagramNames {

    /** An identifier at the top of a path, with the member it calls or reads ({@code bean.method}), if any. */
    record Name(String identifier, String member) {
    }

    private static final Pattern STRING = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "(?<![\\w.])([A-Za-z_]\\w*)(?:\\s*\\.\\s*([A-Za-z_]\\w*))?");
    private static final Pattern GET_VARIABLE = Pattern.compile("getVariable\\(\\s*[\"']([^\"']+)[\"']\\s*\\)");
    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "not", "and", "or", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "instanceof");

    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)\\}");
    private static final String VARIABLE_PROPERTY = "variable.";
    private static final Pattern RESULT_VARIABLE = Pattern.compile("camunda:resultVariable=\"([^\"]+)\"");
    private static Map<String, Class<?>> beans;

    private DiagramNames() {
    }

    static List<Name> of(String expression) {
        List<Name> names = new ArrayList<>();
        Matcher matcher = TOP_LEVEL.matcher(STRING.matcher(expression).replaceAll("''"));
        while (matcher.find()) {
            if (!KEYWORDS.contains(matcher.group(1))) {
                names.add(new Name(matcher.group(1), matcher.group(2)));
            }
        }
        return names;
    }

    /** Variables read as {@code execution.getVariable("name")}. */
    static List<String> variablesReadByName(String expression) {
        List<String> names = new ArrayList<>();
        Matcher matcher = GET_VARIABLE.matcher(expression);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The application's beans by name, from a scan of the {@code @Component} classes (no context is started). */
    static Map<String, Class<?>> componentBeans() {
        if (beans == null) {
            beans = scanComponentBeans();
        }
        return beans;
    }

    private static Map<String, Class<?>> scanComponentBeans() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        AnnotationBeanNameGenerator names = AnnotationBeanNameGenerator.INSTANCE;
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> beans = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("no.smertereg")) {
            try {
                beans.put(names.generateBeanName((AnnotatedBeanDefinition) definition, registry),
                        Class.forName(definition.getBeanClassName(), false,
                                DiagramNames.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return beans;
    }

    /** The feature module of a bean: the package right under {@code no.smertereg}. */
    static String module(Class<?> bean) {
        String[] parts = bean.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : bean.getPackageName();
    }

    static boolean hasMember(Class<?> bean, String member) {
        String property = Character.toUpperCase(member.charAt(0)) + member.substring(1);
        return Stream.of(bean.getMethods()).map(java.lang.reflect.Method::getName)
                .anyMatch(m -> m.equals(member) || m.equals("get" + property) || m.equals("is" + property));
    }

    /** The text of every {@code ${...}} and {@code #{...}} of the diagram, XML entities read. */
    static List<String> expressions(String xml) {
        List<String> expressions = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(xml);
        while (matcher.find()) {
            expressions.add(matcher.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        return expressions;
    }

    /**
     * The variables a diagram declares: extension properties {@code variable.<name>} of its process, the results of
     * its tasks ({@code camunda:resultVariable}), the fields of the forms of its user tasks, and what a calling
     * diagram passes in ({@code camunda:in target}).
     */
    static Set<String> declaredVariables(Path file, Path processes, Path forms) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        Set<String> declared = new TreeSet<>();
        if (process.getExtensionElements() != null) {
            process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                    .forEach(properties -> properties.getCamundaProperties().stream()
                            .map(CamundaProperty::getCamundaName)
                            .filter(n -> n != null && n.startsWith(VARIABLE_PROPERTY))
                            .forEach(n -> declared.add(n.substring(VARIABLE_PROPERTY.length()))));
        }
        Matcher result = RESULT_VARIABLE.matcher(Files.readString(file));
        while (result.find()) {
            declared.add(result.group(1));
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            Path form = forms.resolve(task.getCamundaFormRef() + ".form");
            if (task.getCamundaFormRef() != null && Files.exists(form)) {
                keys(new ObjectMapper().readTree(form.toFile()).path("components"), declared);
            }
        }
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(processes)) {
            diagrams = files.filter(p -> p.toString().endsWith(".bpmn")).toList();
        }
        for (Path caller : diagrams) {
            BpmnModelInstance callerModel = Bpmn.readModelFromFile(caller.toFile());
            for (CallActivity call : callerModel.getModelElementsByType(CallActivity.class)) {
                if (process.getId().equals(call.getCalledElement()) && call.getExtensionElements() != null) {
                    call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list().stream()
                            .map(CamundaIn::getCamundaTarget).filter(Objects::nonNull).forEach(declared::add);
                }
            }
        }
        return declared;
    }

    private static void keys(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (c.hasNonNull("key")) {
                keys.add(c.path("key").asText());
            }
            keys(c.path("components"), keys);
        }
    }
}
