package no.smertereg.access.review;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
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

/**
 * A6: at every start, and when a unit is added, each hospital unit without a running review process gets one
 * (business key: its RESH id).
 */
@Component
@Order(20)
class AccessReviewReconciler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccessReviewReconciler.class);

    private final OrganisationService organisation;
    private final RuntimeService runtime;

    AccessReviewReconciler(OrganisationService organisation, RuntimeService runtime) {
        this.organisation = organisation;
        this.runtime = runtime;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int started = 0;
        for (OrgUnit unit : organisation.allUnits()) {
            if (unit.isNational() || runtime.createProcessInstanceQuery().processDefinitionKey(AccessProcesses.REVIEW)
                    .processInstanceBusinessKey(unit.getReshId()).active().count() > 0) {
                continue;
            }
            runtime.startProcessInstanceByKey(AccessProcesses.REVIEW, unit.getReshId(),
                    Variables.createVariables().putValue(AccessProcesses.VAR_UNIT, unit.getReshId()));
            started++;
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
