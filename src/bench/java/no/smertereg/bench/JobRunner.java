package no.smertereg.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the due jobs of the given process definitions as the job executor would, but driven by the harness (the
 * engine clock is ClockUtil): pages of 500 executable jobs, split over the threads by root process instance (a
 * patient form ends its call activity in the course's instance, so two forms of one course go to the same thread),
 * until none is due (perf-anchors.md §2.1 splits by process instance). Query time counts in the phase.
 */
final class JobRunner {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final Parallel parallel;
    private final List<String> processKeys;
    long executed;

    JobRunner(ManagementService management, RuntimeService runtime, Parallel parallel, List<String> processKeys) {
        this.management = management;
        this.runtime = runtime;
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
                    Map<String, String> roots = roots(due);
                    parallel.run(due, job -> roots.getOrDefault(job.getProcessInstanceId(),
                            job.getProcessInstanceId()).hashCode(), job -> management.executeJob(job.getId()));
                    executed += due.size();
                }
            }
            if (!any) {
                return;
            }
        }
    }

    private Map<String, String> roots(List<Job> jobs) {
        Set<String> ids = jobs.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream().collect(
                Collectors.toMap(ProcessInstance::getId, ProcessInstance::getRootProcessInstanceId, (a, b) -> a));
    }
}
