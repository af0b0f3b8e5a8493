package no.smertereg.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import no.smertereg.shared.RegistryDirectory;
import no.smertereg.shared.ServiceProviders;

/**
 * Engine settings that are code, not properties: the tenant of an instance is its registry's share of its unit, history keeps the modules'
 * routing variables only, candidates may work on a task but not change it (no variables, names or comments from
 * outside the registry), and then what each module contributes.
 */
@Component
class RegistryEnginePlugin extends AbstractProcessEnginePlugin {

    static {
        ServiceProviders.pin("javax.xml.datatype.DatatypeFactory",
                "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl");
    }

    private final ObjectProvider<RoutingVariables> routing;
    private final ObjectProvider<EngineContribution> contributions;
    private final ObjectProvider<RegistryDirectory> registries;
    private DataSource dataSource;

    RegistryEnginePlugin(ObjectProvider<RoutingVariables> routing, ObjectProvider<EngineContribution> contributions,
            ObjectProvider<RegistryDirectory> registries) {
        this.routing = routing;
        this.contributions = contributions;
        this.registries = registries;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Supplier<RegistryDirectory> directory = SingletonSupplier.of(registries::getObject);
        configuration.setTenantIdProvider(new UnitTenantIdProvider(
                (registry, unit) -> directory.get().engineTenant(registry, unit)));
        Set<String> kept = new HashSet<>(Set.of(RoutingVariables.UNIT, RoutingVariables.REGISTRY));
        routing.orderedStream().forEach(module -> kept.addAll(module.routingVariables()));
        configuration.setHistoryEventHandler(new RoutingOnlyHistoryEventHandler(kept));
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        Set<String> operators = new HashSet<>();
        contributions.orderedStream().forEach(module -> operators.addAll(module.operatorGroups()));
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new RegistryCommandInterceptor(configuration.getIdentityService(), Set.copyOf(operators)));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        contributions.orderedStream().forEach(module -> module.configure(configuration));
        this.dataSource = configuration.getDataSource();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        EngineStartup.ensureTaskParentIndex(dataSource);
        contributions.orderedStream().forEach(module -> module.started(engine));
    }
}
