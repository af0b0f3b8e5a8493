package no.smertereg.access;

import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import no.smertereg.engine.EngineContribution;
import no.smertereg.engine.RoutingVariables;

/**
 * The access module's part of the engine: its routing variables, a new Camunda user may only read itself
 * ({@link RegistryAuthorizationProvider}), and jobs of no process (history cleanup) are the system manager's.
 */
@Component
class AccessEngineContribution implements EngineContribution, RoutingVariables {

    @Override
    public Set<String> routingVariables() {
        return AccessProcesses.ROUTING_VARIABLES;
    }

    @Override
    public void configure(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new RegistryAuthorizationProvider());
    }

    @Override
    public Set<String> operatorGroups() {
        return Set.of(Role.SYSTEM_MANAGER.name());
    }
}
