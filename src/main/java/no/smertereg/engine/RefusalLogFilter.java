package no.smertereg.engine;

import java.util.Arrays;
import java.util.Iterator;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception of a command at ERROR with its stack trace. A refused Tasklist submission is a
 * user's input error answered with 400, not an operational failure, so those entries are dropped.
 * <p>
 * It filters at the appenders, so it sees only what is written. (As a turbo filter it was asked about every
 * {@code isDebugEnabled} of the engine and MyBatis, 2 % of the application's CPU in the benchmark's year.)
 */
@Component
class RefusalLogFilter extends Filter<ILoggingEvent> {

    RefusalLogFilter() {
        setName("registry-refusals");
    }

    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            installOn(context);
        }
    }

    /** Added to every appender of the context's loggers (Spring Boot's console and file appenders sit on root). */
    void installOn(LoggerContext context) {
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                Appender<ILoggingEvent> appender = it.next();
                if (!appender.getCopyOfAttachedFiltersList().contains(this)) {
                    appender.addFilter(this);
                }
            }
        }
        start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.WARN) || !event.getLoggerName().startsWith("org.camunda")) {
            return FilterReply.NEUTRAL;
        }
        return isRefusal(event.getThrowableProxy()) || (event.getArgumentArray() != null && Arrays.stream(
                event.getArgumentArray()).anyMatch(p -> p instanceof Throwable thrown && isRefusal(thrown)))
                        ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isRefusal(IThrowableProxy proxy) {
        return proxy instanceof ThrowableProxy thrown && isRefusal(thrown.getThrowable());
    }

    private static boolean isRefusal(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryRefusal || cause instanceof FormFieldValidationException) {
                return true;
            }
        }
        return false;
    }
}
