package no.smertereg.migration;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many instances one migration job moves ({@code registry.migration.instances-per-job}): one job per instance
 * (the engine's default) would make a migration of thousands of courses thousands of jobs; other batch types keep
 * the engine's default.
 */
@Component
class MigrationBatchSettings extends AbstractProcessEnginePlugin {

    private final int instancesPerJob;

    MigrationBatchSettings(@Value("${registry.migration.instances-per-job:50}") int instancesPerJob) {
        this.instancesPerJob = instancesPerJob;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<String, Integer> perType = configuration.getInvocationsPerBatchJobByBatchType() == null
                ? new HashMap<>() : new HashMap<>(configuration.getInvocationsPerBatchJobByBatchType());
        perType.put(Batch.TYPE_PROCESS_INSTANCE_MIGRATION, instancesPerJob);
        configuration.setInvocationsPerBatchJobByBatchType(perType);
    }
}
