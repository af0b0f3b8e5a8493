package no.smertereg.migration;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.ConflictException;
import no.smertereg.shared.PatientDataAccess;

/**
 * Moves the running instances of one version of a pathway to its newest version, as an engine batch: the job
 * executor migrates {@code registry.migration.instances-per-job} instances per job ({@link MigrationBatchSettings}).
 * A course's call activities start instances of another pathway (patient-form): those are migrated with their own
 * key. Each migration started is a row of the audit log.
 */
@Service
public class PathwayMigrations {

    static final String AUDIT_ACTION = "PROCESS_MIGRATION";
    private static final int AUDIT_FORM_LENGTH = 20;
    private static final Logger LOG = LoggerFactory.getLogger(PathwayMigrations.class);

    /** A migration batch as it runs: jobs done, failed (an incident in Cockpit) and left. */
    public record Progress(String batchId, Date startedAt, int totalJobs, int completedJobs, int failedJobs,
            int remainingJobs) {
    }

    /** A migration that was started: its batch and how many instances it moves. */
    public record Started(String batchId, String key, int fromVersion, int toVersion, long instances) {
    }

    private final MigrationPlans plans;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationEventPublisher events;

    PathwayMigrations(MigrationPlans plans, RuntimeService runtime, ManagementService management,
            ApplicationEventPublisher events) {
        this.plans = plans;
        this.runtime = runtime;
        this.management = management;
        this.events = events;
    }

    /**
     * Starts the batch that moves every instance of {@code version} of {@code key} to the newest version. Refused
     * with 409, and nothing started, when the version is the newest, nothing runs on it, or the plan is invalid.
     */
    @Transactional
    public Started migrate(String key, int version) {
        return migrate(key, version, null);
    }

    /**
     * As {@link #migrate(String, int)}, refused with 409 when the newest version is no longer {@code expectedTarget},
     * the version whose plan the system manager read (a diagram deployed in between).
     */
    @Transactional
    public Started migrate(String key, int version, Integer expectedTarget) {
        MigrationPlans.Plan plan = plans.plan(key, version);
        if (expectedTarget != null && !plan.alreadyLatest() && plan.targetVersion() != expectedTarget) {
            throw new ConflictException("migration.newerVersion", key, expectedTarget, plan.targetVersion());
        }
        if (plan.alreadyLatest()) {
            throw new ConflictException("migration.alreadyLatest", key, version);
        }
        if (!plan.valid()) {
            throw new ConflictException("migration.invalid", key, version, problems(plan));
        }
        if (plan.running() == 0) {
            throw new ConflictException("migration.nothingRunning", key, version);
        }
        Batch batch;
        try {
            batch = runtime.newMigration(plan.enginePlan()).processInstanceQuery(runtime.createProcessInstanceQuery()
                    .processDefinitionId(plan.enginePlan().getSourceProcessDefinitionId())).executeAsync();
        } catch (ProcessEngineException ended) {
            throw new ConflictException("migration.nothingRunning", key, version);
        }
        events.publishEvent(PatientDataAccess.change(AUDIT_ACTION, null, null, null, auditLabel(key)));
        LOG.info("Migration of {} version {} to {} started: {} instances, batch {}", key, version,
                plan.targetVersion(), plan.running(), batch.getId());
        return new Started(batch.getId(), key, version, plan.targetVersion(), plan.running());
    }

    /** The migration batches still running (a finished batch is removed by the engine). */
    public List<Progress> running() {
        return management.createBatchStatisticsQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).list().stream()
                .map(PathwayMigrations::progress).toList();
    }

    private static Progress progress(BatchStatistics batch) {
        return new Progress(batch.getId(), batch.getStartTime(), batch.getTotalJobs(), batch.getCompletedJobs(),
                batch.getFailedJobs(), batch.getRemainingJobs());
    }

    /** What stands in the way, in one sentence for the refusal. */
    private static String problems(MigrationPlans.Plan plan) {
        List<String> problems = new java.util.ArrayList<>(plan.errors());
        plan.unmapped().forEach(u -> problems.add(u.activityId() + " (" + u.running() + ")"));
        return String.join("; ", problems);
    }

    /** The audit log's form column holds 20 characters: the process key, cut if it is longer. */
    private static String auditLabel(String key) {
        return key.length() <= AUDIT_FORM_LENGTH ? key : key.substring(0, AUDIT_FORM_LENGTH);
    }
}
