package no.smertereg.engine;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * What a module adds to the engine, as a bean: settings before the engine is built, work once it is running, and
 * the groups that may run jobs of no process (history cleanup). A contribution must not need the engine's services
 * when it is created (take them through an {@code ObjectProvider}).
 */
public interface EngineContribution {

    default void configure(ProcessEngineConfigurationImpl configuration) {
    }

    default void started(ProcessEngine engine) {
    }

    default Set<String> operatorGroups() {
        return Set.of();
    }
}
