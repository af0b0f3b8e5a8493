package no.smertereg.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an operator reads: a refused Tasklist submission leaves no ERROR, every other engine failure does. */
class RefusalLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();

    @BeforeEach
    void appenderOnRoot() {
        written.setContext(context);
        written.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(written);
        new RefusalLogFilter().installOn(context);
    }

    @Test
    void aRefusedCommandIsNotWritten_withTheRefusalAsCauseOrAsArgument() {
        Logger engine = context.getLogger("org.camunda.bpm.engine.context");
        engine.error("ENGINE-16004 Exception while closing command context: {}", "refused",
                new ProcessEngineException("wrapped", new RegistryRefusal("Svaret mangler")));
        engine.error("ENGINE-16006 BPMN Stack Trace: {}", new RegistryRefusal("Svaret mangler"));
        assertThat(written.list).isEmpty();
    }

    @Test
    void otherFailures_andRefusalsLoggedOutsideTheEngine_areWritten() {
        context.getLogger("org.camunda.bpm.engine.context").error("ENGINE-16004 failure",
                new ProcessEngineException("database gone"));
        context.getLogger("no.smertereg.course").warn("refused", new RegistryRefusal("Svaret mangler"));
        context.getLogger("org.camunda.bpm.engine.context").info("refused",
                new RegistryRefusal("Svaret mangler"));
        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("ENGINE-16004 failure", "refused", "refused");
    }
}
