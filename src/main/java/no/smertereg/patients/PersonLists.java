package no.smertereg.patients;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The persons of a page of courses in plain SQL: as entities, every list of ids is translated afresh for its
 * length, a seventh of a worklist view's CPU (docs/benchmarks.md).
 */
@Component
class PersonLists {

    private final NamedParameterJdbcTemplate jdbc;

    PersonLists(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PersonView> byPids(Collection<Long> pids) {
        if (pids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select pid, national_id, given_name, family_name, sex, birth_date, deceased, date_of_death "
                + "from patient where pid in (:pids)", Map.of("pids", Set.copyOf(pids)), (row, n) -> new PersonView(
                        row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getObject(6, LocalDate.class), row.getBoolean(7),
                        row.getObject(8, LocalDate.class), true));
    }
}
