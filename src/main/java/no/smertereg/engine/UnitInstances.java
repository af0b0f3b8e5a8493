package no.smertereg.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import no.smertereg.shared.RegistryDirectory;

/**
 * The processes that run once per registry and unit for good (user-list reviews, a registry's unit diagram): business
 * key and tenant are the registry's engine tenant of the unit (ADR 0017), the start variables its registry and unit.
 */
@Component
public class UnitInstances {

    private final RuntimeService runtime;
    private final RegistryDirectory registries;

    UnitInstances(RuntimeService runtime, RegistryDirectory registries) {
        this.runtime = runtime;
        this.registries = registries;
    }

    /** Starts the process for the registry's share of the unit unless one is running; true when it started one. */
    public boolean startIfMissing(String processKey, String registryId, String unitResh) {
        String key = registries.engineTenant(registryId, unitResh);
        if (runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(key)
                .active().count() > 0) {
            return false;
        }
        runtime.startProcessInstanceByKey(processKey, key, Variables.createVariables()
                .putValue(RoutingVariables.REGISTRY, registryId).putValue(RoutingVariables.UNIT, unitResh));
        return true;
    }
}
