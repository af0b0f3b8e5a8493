package no.smertereg.access.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.AccessProcesses;
import no.smertereg.access.OrgUnit;
import no.smertereg.access.OrganisationService;
import no.smertereg.access.UnitCreated;
import no.smertereg.engine.UnitInstances;
import no.smertereg.shared.RegistryDirectory;

/**
 * A6: at every start, and when a unit is added, each registry's share of each hospital unit without a running review
 * process gets one (business key: the registry's engine tenant in the unit, ADR 0017; SmerteReg's is the RESH id).
 */
@Component
@Order(20)
class AccessReviewReconciler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessReviewReconciler.class);

    private final OrganisationService organisation;
    private final UnitInstances instances;
    private final RegistryDirectory registries;

    AccessReviewReconciler(OrganisationService organisation, UnitInstances instances, RegistryDirectory registries) {
        this.organisation = organisation;
        this.instances = instances;
        this.registries = registries;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int started = 0;
        for (OrgUnit unit : organisation.allUnits()) {
            for (String registry : registries.names().keySet()) {
                if (!unit.isNational() && instances.startIfMissing(AccessProcesses.REVIEW, registry, unit.getReshId())) {
                    started++;
                }
            }
        }
        log.info("User-list reviews: {} started", started);
    }

    /** A unit the system manager adds gets its quarterly review at once. */
    @EventListener
    @Transactional
    public void unitCreated(UnitCreated event) {
        run(null);
    }
}
