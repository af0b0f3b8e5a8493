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

    /**
     * State, version and comment of the courses' forms, without their answers, and whether each was ever finalised
     * (its finalise time, which an unlock keeps, as for S11's delete): one statement on the forms alone. (Asking the
     * form's events instead cost three index blocks per form, 750 of a worklist page's 1,700; docs/benchmarks.md.)
     */
    FormStatesPage statesOf(Collection<Long> courseIds) {
        List<FormRecord> states = new ArrayList<>();
        Set<Long> everFinalised = new HashSet<>();
        jdbc.query("select f.course_id, f.form_key, f.state, f.version, f.internal_comment, f.finalised_at is not null "
                + "from form_instance f where f.course_id in (:courses)", Map.of("courses", courseIds), row -> {
                    states.add(new FormRecord(row.getLong(1), registries.stored(row.getString(2)),
                            FormState.valueOf(row.getString(3)), row.getLong(4), Map.of(), null, row.getString(5),
                            null, null, null, null, List.of()));
                    if (row.getBoolean(6)) {
                        everFinalised.add(row.getLong(1));
                    }
                });
        return new FormStatesPage(states, everFinalised);
    }
}
