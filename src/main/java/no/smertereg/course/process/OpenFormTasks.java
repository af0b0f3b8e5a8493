package no.smertereg.course.process;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import no.smertereg.forms.FormKey;

/**
 * The worklist's read model of open clinician-form tasks (ADR 0007): written by the engine's task listeners in the
 * task's own transaction, read by course id through an index instead of the engine's task query.
 */
@Component
public class OpenFormTasks {

    private final NamedParameterJdbcTemplate jdbc;

    OpenFormTasks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void opened(String taskId, Long courseId, FormKey formKey) {
        jdbc.update("insert into open_form_task (task_id, course_id, form_key) values (:task, :course, :form)",
                new MapSqlParameterSource().addValue("task", taskId).addValue("course", courseId)
                        .addValue("form", formKey.name()));
    }

    void closed(String taskId) {
        jdbc.update("delete from open_form_task where task_id = :task", Map.of("task", taskId));
    }

    /** For each of the courses that has one, the forms whose task is open now. */
    public Map<Long, Set<FormKey>> of(Collection<Long> courseIds) {
        Map<Long, Set<FormKey>> open = new HashMap<>();
        if (courseIds.isEmpty()) {
            return open;
        }
        jdbc.query("select course_id, form_key from open_form_task where course_id in (:courses)",
                Map.of("courses", List.copyOf(courseIds)), row -> {
                    open.computeIfAbsent(row.getLong(1), c -> EnumSet.noneOf(FormKey.class))
                            .add(FormKey.valueOf(row.getString(2)));
                });
        return open;
    }

    boolean isEmpty() {
        return jdbc.queryForList("select task_id from open_form_task fetch first 1 rows only", Map.of(), String.class)
                .isEmpty();
    }
}
