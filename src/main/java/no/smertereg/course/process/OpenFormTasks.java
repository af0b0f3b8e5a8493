package no.smertereg.course.process;

import java.util.Collection;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;
import no.smertereg.forms.Registries;

/**
 * The read model of open clinician-form tasks (ADR 0007): written by the engine's task listeners in the task's own
 * transaction, read by course id through an index instead of the engine's task query, by the worklist and by the
 * course module on every form action.
 */
@Component
public class OpenFormTasks {

    private final Registries registries;
    private final NamedParameterJdbcTemplate jdbc;

    OpenFormTasks(NamedParameterJdbcTemplate jdbc, Registries registries) {
        this.jdbc = jdbc;
        this.registries = registries;
    }

    void opened(FormTask task) {
        jdbc.update("insert into open_form_task (task_id, course_id, form_key, process_instance_id, correction) "
                + "values (:task, :course, :form, :instance, :correction)", new MapSqlParameterSource()
                        .addValue("task", task.taskId()).addValue("course", task.courseId())
                        .addValue("form", task.formKey().code()).addValue("instance", task.processInstanceId())
                        .addValue("correction", task.correction()));
    }

    void closed(String taskId) {
        jdbc.update("delete from open_form_task where task_id = :task", Map.of("task", taskId));
    }

    /** For each of the courses that has one, the forms whose task is open now. */
    public Map<Long, Set<FormKey>> of(Collection<Long> courseIds) {
        Map<Long, Set<FormKey>> open = new HashMap<>();
        tasksOf(courseIds).forEach(task -> open.computeIfAbsent(task.courseId(), c -> new HashSet<>())
                .add(task.formKey()));
        return open;
    }

    /** The open form tasks of these courses, in the course process and in corrections. */
    List<FormTask> tasksOf(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select task_id, course_id, form_key, correction, process_instance_id from open_form_task "
                + "where course_id in (:courses)", Map.of("courses", List.copyOf(courseIds)),
                (row, n) -> new FormTask(row.getString(1), row.getLong(2), registries.stored(row.getString(3)),
                        row.getBoolean(4), row.getString(5)));
    }

    boolean isEmpty() {
        return jdbc.queryForList("select task_id from open_form_task fetch first 1 rows only", Map.of(), String.class)
                .isEmpty();
    }

    /**
     * Rows written before V11 lack the process instance and the correction flag: they are taken from the engine's
     * task table; a row whose task the engine no longer has is removed. Returns the rows completed.
     */
    public int completeFromEngine() {
        int completed = jdbc.update("update open_form_task o set "
                + "process_instance_id = (select t.proc_inst_id_ from act_ru_task t where t.id_ = o.task_id), "
                + "correction = exists (select 1 from act_ru_task t where t.id_ = o.task_id "
                + "and t.proc_def_id_ like :correction) "
                + "where o.process_instance_id is null", Map.of("correction", CourseProcess.CORRECTION + ":%"));
        int removed = jdbc.update("delete from open_form_task where process_instance_id is null", Map.of());
        return completed - removed;
    }
}
