package no.smertereg.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.access.RegistryUser;
import no.smertereg.access.Role;
import no.smertereg.privacy.PatientAccessLog;
import no.smertereg.shared.ForbiddenException;
import no.smertereg.shared.PatientDataAccess;
import no.smertereg.shared.RegistryClock;

/**
 * Searches the audit log: SC in every unit, LC in the units where they are LC, each in the session's registry: the
 * rows of its courses, and of the rows without a course those naming no patient or written by a user of the registry
 * (a patient lookup in another registry stays there). The newest rows first, at most {@link #LIMIT}. Also answers the
 * patient's access export: every row of one PID.
 */
@Service
@Transactional(readOnly = true)
class AuditSearch implements PatientAccessLog {

    static final int LIMIT = 500;
    private static final String COLUMNS = "select occurred_at, username, unit_resh, roles, kind, action, pid, "
            + "course_id, form, client_address from audit_event";

    /** Filters; null or blank means any. Dates are whole days in Norway's time zone. */
    record Filter(Long pid, Long courseId, String username, String action, String unitResh, LocalDate from,
            LocalDate to) {
    }

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    AuditSearch(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<AuditRow> search(RegistryUser user, Filter filter) {
        Set<String> units = user.unitsWith(Role.LC);
        boolean national = user.hasRoleAnywhere(Role.SC);
        if (!national && units.isEmpty()) {
            throw new ForbiddenException("error.forbidden.audit");
        }
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!national) {
            sql.append(" and unit_resh in (").append(String.join(", ", units.stream().map(u -> "?").toList()))
                    .append(")");
            args.addAll(units.stream().sorted().toList());
        }
        sql.append(" and (course_id in (select id from course where registry_id = ?) or (course_id is null and (pid is null"
                + " or username in (select u.username from app_user u join user_role r on r.user_id = u.id"
                + " where r.registry_id = ?))))");
        args.add(user.registryId());
        args.add(user.registryId());
        condition(sql, args, "pid = ?", filter.pid());
        condition(sql, args, "course_id = ?", filter.courseId());
        condition(sql, args, "username = ?", blankToNull(filter.username()));
        condition(sql, args, "action = ?", blankToNull(filter.action()));
        condition(sql, args, "unit_resh = ?", blankToNull(filter.unitResh()));
        condition(sql, args, "occurred_at >= ?", filter.from() == null ? null
                : Timestamp.from(filter.from().atStartOfDay(RegistryClock.ZONE).toInstant()));
        condition(sql, args, "occurred_at < ?", filter.to() == null ? null
                : Timestamp.from(filter.to().plusDays(1).atStartOfDay(RegistryClock.ZONE).toInstant()));
        sql.append(" order by id desc limit ").append(LIMIT);
        List<AuditRow> rows = jdbc.query(sql.toString(), AuditSearch::row, args.toArray());
        List<PatientDataAccess.Subject> seen = rows.stream().filter(r -> r.pid() != null)
                .map(r -> new PatientDataAccess.Subject(r.pid(), null, null, null)).distinct().toList();
        if (!seen.isEmpty()) {
            events.publishEvent(PatientDataAccess.readOf("AUDIT_SEARCH", seen));
        }
        return rows;
    }

    @Override
    public List<Entry> entriesFor(Long pid) {
        return jdbc.query(COLUMNS + " where pid = ? order by occurred_at, id", AuditSearch::row, pid).stream()
                .map(r -> new Entry(r.at(), r.username(), r.unitResh(), r.roles(), r.kind(), r.action(),
                        r.courseId(), r.form()))
                .toList();
    }

    private static void condition(StringBuilder sql, List<Object> args, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            args.add(value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static AuditRow row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditRow(rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                rs.getString("unit_resh"), rs.getString("roles"), rs.getString("kind"), rs.getString("action"),
                (Long) rs.getObject("pid", Long.class), (Long) rs.getObject("course_id", Long.class),
                rs.getString("form"), rs.getString("client_address"));
    }
}
