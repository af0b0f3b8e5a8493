package no.smertereg.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instances started on the diagrams as they were before issue 17 ({@code src/test/resources/earlier/}, copies of
 * commit 779e642) keep running until a system manager migrates them: every bean those diagrams name still exists,
 * a delegate or listener as a delegate or listener, and every method they call on a bean is still there.
 */
class EarlierDiagramsTest {

    private static final Path EARLIER = Path.of("src/test/resources/earlier");
    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final Set<Class<?>> DELEGATE_TYPES = Set.of(JavaDelegate.class, TaskListener.class,
            ExecutionListener.class);
    private static final Set<String> NOT_BEANS = Set.of("execution", "task", "courseType", "formKey", "dispatchAt",
            "approved", "approverGroup", "receivedOn");
    /**
     * The privacy diagrams' deadlines were due dates and timers of their one task, evaluated when the case started:
     * a running case never evaluates them again.
     */
    private static final Set<String> EVALUATED_AT_START = Set.of("privacyDeadlines");

    static Stream<Path> earlierDiagrams() throws IOException {
        return Files.list(EARLIER).filter(f -> f.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("earlierDiagrams")
    void everyDelegateAndListenerTheyNameIsStillOne(Path file) throws IOException {
        Map<String, Class<?>> beans = DiagramNames.allBeans();
        Matcher m = DELEGATE.matcher(Files.readString(file));
        while (m.find()) {
            Class<?> bean = beans.get(m.group(1));
            assertThat(bean).as("bean %s of %s", m.group(1), file.getFileName()).isNotNull();
            assertThat(DELEGATE_TYPES.stream().anyMatch(t -> t.isAssignableFrom(bean)))
                    .as("%s of %s is a delegate or listener", m.group(1), file.getFileName()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("earlierDiagrams")
    void everyBeanMethodTheyCallIsStillThere(Path file) throws IOException {
        Map<String, Class<?>> beans = DiagramNames.allBeans();
        for (String expression : DiagramNames.expressions(Files.readString(file))) {
            for (DiagramNames.Name name : DiagramNames.of(expression)) {
                if (name.member() == null || NOT_BEANS.contains(name.identifier())
                        || EVALUATED_AT_START.contains(name.identifier())) {
                    continue;
                }
                Class<?> bean = beans.get(name.identifier());
                assertThat(bean).as("bean %s in %s of %s", name.identifier(), expression, file.getFileName())
                        .isNotNull();
                assertThat(DiagramNames.hasMember(bean, name.member())).as("%s.%s in %s", name.identifier(),
                        name.member(), file.getFileName()).isTrue();
            }
        }
    }
}
