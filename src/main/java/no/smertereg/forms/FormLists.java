package no.smertereg.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The forms of a page of courses, for lists such as the worklist, in plain SQL: as JPQL, every list of ids is
 * translated afresh for its length, which took a third of a worklist view's CPU (docs/benchmarks.md).
 */
@Component
class FormLists {

    private final NamedParameterJdbcTemplate jdbc;
    private final Registries registries;

    FormLists(NamedParameterJdbcTemplate jdbc, Registries registries) {
        this.jdbc = jdbc;
        this.registries = registries;
    }

    /** State, version and comment of the courses' forms, without their answers. */
    List<FormRecord> statesOf(Collection<Long> courseIds) {
        List<FormRecord> states = new ArrayList<>();
        jdbc.query("select course_id, form_key, state, version, internal_comment from form_instance "
                + "where course_id in (:courses)", Map.of("courses", courseIds), row -> {
                    states.add(new FormRecord(row.getLong(1), registries.stored(row.getString(2)),
                            FormState.valueOf(row.getString(3)), row.getLong(4), Map.of(), null, row.getString(5),
                            null, null, null, null, List.of()));
                });
        return states;
    }

    /** The courses among these with a form that has an event of this kind: one statement, by the forms' index. */
    Set<Long> coursesWithEvent(Collection<Long> courseIds, FormAction action) {
        return new HashSet<>(jdbc.queryForList("select distinct f.course_id from form_instance f "
                + "where f.course_id in (:courses) and exists (select 1 from form_event e "
                + "where e.form_instance_id = f.id and e.action = :action)",
                Map.of("courses", courseIds, "action", action.name()), Long.class));
    }
}
