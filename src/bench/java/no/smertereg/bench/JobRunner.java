package no.smertereg.bench;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the due jobs of the given process definitions as the job executor would, but driven by the harness (the
 * engine clock is ClockUtil): pages of 500 executable jobs, split over the threads by process instance, until none
 * is due (perf-anchors.md §2.1). Query time counts in the phase.
 */
final class JobRunner {

    private final ManagementService management;
    private final Parallel parallel;
    private final List<String> processKeys;
    long executed;

    JobRunner(ManagementService management, Parallel parallel, List<String> processKeys) {
        this.management = management;
        this.parallel = parallel;
        this.processKeys = processKeys;
    }

    void runDue() {
        for (int round = 0; round < 10_000; round++) {
            boolean any = false;
            for (String key : processKeys) {
                List<Job> due = management.createJobQuery().processDefinitionKey(key).executable()
                        .listPage(0, 500);
                if (!due.isEmpty()) {
                    any = true;
                    parallel.run(due, job -> job.getProcessInstanceId().hashCode(),
                            job -> management.executeJob(job.getId()));
                    executed += due.size();
                }
            }
            if (!any) {
                return;
            }
        }
    }
}
