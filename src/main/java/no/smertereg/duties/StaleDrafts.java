package no.smertereg.duties;

import java.sql.Timestamp;
import java.time.Period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

/**
 * A unit's stale unfinished forms (seeds/004: "Slike gamle skjema bør slettes x1 pr mnd"): active courses of the
 * registry in the unit with a form in progress that nobody has saved for the given period. The list itself is the
 * worklist's "Enhetens uferdige skjema".
 */
@Component
@Transactional(readOnly = true)
class StaleDrafts {

    private final JdbcTemplate jdbc;
    private final RegistryClock clock;

    StaleDrafts(JdbcTemplate jdbc, RegistryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long count(String registryId, String unitResh, Period age) {
        Timestamp before = Timestamp.from(clock.today().minus(age).atStartOfDay(RegistryClock.ZONE).toInstant());
        Long count = jdbc.queryForObject("select count(*) from course c where c.registry_id = ? and c.unit_resh = ? "
                + "and c.status = 'ACTIVE' and exists (select 1 from form_instance f where f.course_id = c.id "
                + "and f.state = 'IN_PROGRESS' and f.saved_at < ?)", Long.class, registryId, unitResh, before);
        return count == null ? 0 : count;
    }
}
