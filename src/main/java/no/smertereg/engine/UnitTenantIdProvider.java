package no.smertereg.engine;

import java.util.function.BinaryOperator;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Each instance belongs to its registry's share of a hospital unit (ADR 0017): the tenant is named from the start
 * variables {@link RoutingVariables#REGISTRY} and {@link RoutingVariables#UNIT}; a called process (a course's patient
 * form) always has its caller's, whatever variables the call passes.
 */
public class UnitTenantIdProvider implements TenantIdProvider {

    private BinaryOperator<String> naming;

    /** For the bare engine of the process tests: see {@link #setUnitTenantedRegistry(String)}. */
    public UnitTenantIdProvider() {
        this((registry, unit) -> registry == null ? unit : registry + unit);
    }

    /** {@code naming}: the tenant of a registry (null for the platform's own processes) in a unit. */
    public UnitTenantIdProvider(BinaryOperator<String> naming) {
        this.naming = naming;
    }

    /** The process tests' engine configuration names SmerteReg, whose tenants are the bare RESH ids. */
    public void setUnitTenantedRegistry(String registryId) {
        this.naming = (registry, unit) -> registry == null || registry.equals(registryId) ? unit : registry + unit;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null && ctx.getSuperExecution().getTenantId() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        Object unit = ctx.getVariables() == null ? null : ctx.getVariables().get(RoutingVariables.UNIT);
        if (unit == null) {
            return null;
        }
        Object registry = ctx.getVariables().get(RoutingVariables.REGISTRY);
        return naming.apply(registry == null ? null : registry.toString(), unit.toString());
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
