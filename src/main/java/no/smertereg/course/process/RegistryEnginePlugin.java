package no.smertereg.course.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Engine settings that are code, not properties: tenant per unit, and history without answers. */
@Component
class RegistryEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new UnitTenantIdProvider());
        configuration.setHistoryEventHandler(new RoutingOnlyHistoryEventHandler());
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }
}
