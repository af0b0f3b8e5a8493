package no.smertereg.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.RegistryClock;

/**
 * Open courses without activity (OPR's data-quality plan, seeds/003: "En del pasienter blir ikke korrekt avsluttet i
 * registeret selv om pasienten er avsluttet i Dips"): active courses created before the period with a clinician form
 * not finalised (an ended treatment waiting only for its follow-up is not open), and with no clinician form saved and no
 * patient form sent or answered within the period. The unit diagram counts them monthly and asks the daily
 * leader to check them against the hospital's system; the list is the worklist's "Forløp uten aktivitet".
 */
@Component
@Transactional(readOnly = true)
public class InactiveCourses {

    static final String SINCE = "quietSince";
    /** The condition on course {@code c}, shared by the count and the worklist. */
    static final String QUIET = "c.created_at < :quietSince"
            + " and exists (select 1 from form_instance f where f.course_id = c.id and f.state <> 'FINALISED')"
            + " and not exists (select 1 from form_instance f where f.course_id = c.id and f.saved_at >= :quietSince)"
            + " and not exists (select 1 from patient_form p where p.course_id = c.id"
            + " and (p.sent_at >= :quietSince or p.answered_at >= :quietSince))";

    private final NamedParameterJdbcTemplate jdbc;
    private final RegistryClock clock;

    InactiveCourses(NamedParameterJdbcTemplate jdbc, RegistryClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The start of the day {@code quiet} before today (Europe/Oslo): activity since then counts. */
    public Instant since(Period quiet) {
        return clock.today().minus(quiet).atStartOfDay(RegistryClock.ZONE).toInstant();
    }

    /** The unit's active courses of the registry without activity for {@code quiet}. */
    public long count(String registryId, String unitResh, Period quiet) {
        Long count = jdbc.queryForObject("select count(*) from course c where c.registry_id = :registry and "
                + "c.unit_resh = :unit and c.status = 'ACTIVE' and " + QUIET, Map.of("registry", registryId,
                "unit", unitResh, SINCE, Timestamp.from(since(quiet))), Long.class);
        return count == null ? 0 : count;
    }
}
