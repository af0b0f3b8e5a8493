package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * New versions of diagrams as a deployment makes them (the diagrams under their classpath names, with the forms
 * their user tasks bind to), and the migration batches and timers of the instances moved to them, run as the job
 * executor would.
 */
final class DiagramVersions {

    private static final PathMatchingResourcePatternResolver CLASSPATH = new PathMatchingResourcePatternResolver();

    private final RepositoryService repository;
    private final ManagementService management;

    DiagramVersions(RepositoryService repository, ManagementService management) {
        this.repository = repository;
        this.management = management;
    }

    /** The diagram of the process as {@code processes/} has it. */
    static BpmnModelInstance model(String key) throws IOException {
        try (InputStream in = CLASSPATH.getResource("classpath:processes/" + key + ".bpmn").getInputStream()) {
            return Bpmn.readModelFromStream(in);
        }
    }

    void deploy(String name, BpmnModelInstance... models) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name(name);
        for (BpmnModelInstance model : models) {
            String key = model.getModelElementsByType(Process.class).iterator().next().getId();
            deployment.addModelInstance("processes/" + key + ".bpmn", model);
        }
        for (Resource form : CLASSPATH.getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                deployment.addString("forms/" + form.getFilename(), new String(in.readAllBytes(),
                        StandardCharsets.UTF_8));
            }
        }
        deployment.deploy();
    }

    /** Runs the batch's seed, migration and monitor jobs until the engine removes the finished batch. */
    void runBatch(String batchId) {
        for (int round = 0; round < 200; round++) {
            Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
            if (batch == null) {
                return;
            }
            List<Job> jobs = jobsOf(batch.getSeedJobDefinitionId());
            if (jobs.isEmpty()) {
                jobs = jobsOf(batch.getBatchJobDefinitionId());
            }
            if (jobs.isEmpty()) {
                jobs = jobsOf(batch.getMonitorJobDefinitionId());
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("batch " + batchId + " did not finish");
    }

    /** Moves the engine's clock to the moment and runs the instance's due jobs. */
    void runAt(String processInstanceId, Date moment) {
        ClockUtil.setCurrentTime(moment);
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** The job is still there, with the due date it had. */
    void assertSameJob(Job before) {
        Job after = management.createJobQuery().jobId(before.getId()).singleResult();
        assertThat(after).as("job " + before.getId() + " survives").isNotNull();
        assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
    }

    private List<Job> jobsOf(String jobDefinitionId) {
        return management.createJobQuery().jobDefinitionId(jobDefinitionId).list();
    }
}
