package no.smertereg.duties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.UnitCreated;
import no.smertereg.engine.UnitInstances;
import no.smertereg.forms.Registries;
import no.smertereg.forms.RegistryDefinitions;

/**
 * At every start, and when a unit is added, each registry whose descriptor names a unit diagram gets one running
 * instance of it per hospital unit (business key and tenant: the registry's tenant of the unit, ADR 0017).
 */
@Component
@Order(30)
class UnitDiagrams implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UnitDiagrams.class);

    private final Registries registries;
    private final OrganisationService organisation;
    private final UnitInstances instances;

    UnitDiagrams(Registries registries, OrganisationService organisation, UnitInstances instances) {
        this.registries = registries;
        this.organisation = organisation;
        this.instances = instances;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int started = 0;
        for (RegistryDefinitions registry : registries.all()) {
            String diagram = registry.descriptor().diagrams().unit();
            if (diagram == null) {
                continue;
            }
            for (OrgUnit unit : organisation.allUnits()) {
                if (!unit.isNational()
                        && instances.startIfMissing(diagram, registry.descriptor().id(), unit.getReshId())) {
                    started++;
                }
            }
        }
        log.info("Unit diagrams: {} started", started);
    }

    @EventListener
    @Transactional
    public void unitCreated(UnitCreated event) {
        run(null);
    }
}
