package no.smertereg.engine;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

import java.util.Arrays;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception of a command at ERROR with its stack trace. A refused Tasklist submission is a
 * user's input error answered with 400, not an operational failure, so those entries are dropped.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    @EventListener(ApplicationStartedEvent.class)
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && !context.getTurboFilterList().contains(this)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda")) {
            return FilterReply.NEUTRAL;
        }
        return isRefusal(t) || (params != null && Arrays.stream(params)
                .anyMatch(p -> p instanceof Throwable thrown && isRefusal(thrown))) ? FilterReply.DENY
                        : FilterReply.NEUTRAL;
    }

    private static boolean isRefusal(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof RegistryRefusal
                    || cause instanceof FormFieldValidationException) {
                return true;
            }
        }
        return false;
    }
}
