package no.smertereg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task completion as open tasks grow (perf-anchors.md §4): the engine runs {@code select * from ACT_RU_TASK where
 * PARENT_TASK_ID_ = ?} on every completion, and the stock schema has no index for it. Open tasks of a bare
 * one-user-task process are bulk-started up to each size (250 starts per transaction), then single
 * {@code taskService.complete} calls are timed on one thread, without and with an index on PARENT_TASK_ID_
 * (dropped and created in the benchmark's own database only; the permanent one is a migration).
 */
final class TaskCompletion {

    private static final String OPEN = "bench-open-task";
    private static final String VICTIM = "bench-victim-task";
    private static final String INDEX = "bench_idx_task_parent";
    private static final int WARMUP = 50;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Parallel parallel;

    TaskCompletion(BenchApp app, Parallel parallel) {
        this.runtime = app.bean(RuntimeService.class);
        this.tasks = app.bean(TaskService.class);
        this.jdbc = app.bean(JdbcTemplate.class);
        this.tx = app.bean(TransactionTemplate.class);
        this.parallel = parallel;
        RepositoryService repository = app.bean(RepositoryService.class);
        repository.createDeployment().name("bench-open-tasks").addModelInstance(OPEN + ".bpmn",
                BareModels.openTask(OPEN)).addModelInstance(VICTIM + ".bpmn", BareModels.openTask(VICTIM)).deploy();
    }

    Map<String, Object> run(int[] sizes, int completions) {
        List<Map<String, String>> existing = jdbc.query("select indexname, indexdef from pg_indexes where "
                + "lower(tablename) = 'act_ru_task' and lower(indexdef) like '%(parent_task_id_)%'",
                (r, n) -> Map.of("name", r.getString(1), "definition", r.getString(2)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("engineIndexBefore", existing.isEmpty() ? null : existing.get(0).get("definition"));
        try {
            for (int size : sizes) {
                Map<String, Object> cell = new LinkedHashMap<>();
                long loadStart = System.nanoTime();
                topUp(OPEN, size - openTasks());
                cell.put("loadSeconds", Report.round((System.nanoTime() - loadStart) / 1e9));
                topUp(VICTIM, 2 * (completions + WARMUP));
                jdbc.execute("vacuum analyze act_ru_task");
                cell.put("openTasks", openTasks());
                dropIndexes();
                cell.put("withoutIndex", measure(completions));
                jdbc.execute("create index " + INDEX + " on act_ru_task (parent_task_id_)");
                jdbc.execute("analyze act_ru_task");
                cell.put("withIndex", measure(completions));
                jdbc.execute("drop index " + INDEX);
                result.put("openTasks_" + size, cell);
            }
        } finally {
            dropIndexes();
            existing.forEach(index -> jdbc.execute(index.get("definition")));
        }
        return result;
    }

    private long openTasks() {
        Long count = jdbc.queryForObject("select count(*) from act_ru_task", Long.class);
        return count == null ? 0 : count;
    }

    private void dropIndexes() {
        jdbc.queryForList("select indexname from pg_indexes where lower(tablename) = 'act_ru_task' and "
                + "lower(indexdef) like '%(parent_task_id_)%'", String.class)
                .forEach(name -> jdbc.execute("drop index " + name));
    }

    private void topUp(String key, long count) {
        List<int[]> batches = new ArrayList<>();
        for (long from = 0; from < count; from += 250) {
            batches.add(new int[] {batches.size(), (int) Math.min(250, count - from)});
        }
        parallel.run(batches, b -> b[0], b -> tx.executeWithoutResult(s -> {
            for (int i = 0; i < b[1]; i++) {
                runtime.startProcessInstanceByKey(key);
            }
        }));
    }

    private Map<String, Object> measure(int completions) {
        List<String> ids = tasks.createTaskQuery().processDefinitionKey(VICTIM).listPage(0, completions + WARMUP)
                .stream().map(Task::getId).toList();
        double[] ms = new double[Math.max(0, ids.size() - WARMUP)];
        for (int i = 0; i < ids.size(); i++) {
            long start = System.nanoTime();
            tasks.complete(ids.get(i));
            if (i >= WARMUP) {
                ms[i - WARMUP] = (System.nanoTime() - start) / 1e6;
            }
        }
        return stats(ms);
    }

    static Map<String, Object> stats(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("samples", sorted.length);
        stats.put("meanMs", Report.round(Arrays.stream(sorted).average().orElse(Double.NaN)));
        stats.put("p50Ms", Report.round(percentile(sorted, 50)));
        stats.put("p95Ms", Report.round(percentile(sorted, 95)));
        stats.put("p99Ms", Report.round(percentile(sorted, 99)));
        return stats;
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
