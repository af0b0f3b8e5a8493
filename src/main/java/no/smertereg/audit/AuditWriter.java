package no.smertereg.audit;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.DatabaseProduct;

/**
 * Inserts audit rows; there is no update or delete. A change is written in the transaction of the change, so both
 * commit or neither does; a read in its own transaction, so it is kept even when the request fails later.
 */
@Component
class AuditWriter {

    private static final String INSERT = "insert into audit_event (occurred_at, username, unit_resh, roles, kind, "
            + "action, pid, course_id, form, client_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final boolean waitForReadFlush;

    AuditWriter(JdbcTemplate jdbc, @Value("${registry.audit.durable-reads:false}") boolean durableReads) {
        this.jdbc = jdbc;
        this.waitForReadFlush = durableReads
                || !Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withTheChange(List<AuditRow> rows) {
        insert(rows);
    }

    /**
     * A read's rows commit without waiting for the WAL flush on PostgreSQL (ADR 0007): the commit is ordered and
     * kept unless the database server itself crashes within a fraction of a second; it saves a disk flush per page
     * view. {@code registry.audit.durable-reads=true} waits for the flush.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onItsOwn(List<AuditRow> rows) {
        if (!waitForReadFlush) {
            jdbc.execute("set local synchronous_commit to off");
        }
        insert(rows);
    }

    private void insert(List<AuditRow> rows) {
        jdbc.batchUpdate(INSERT, rows, 100, (statement, row) -> {
            statement.setTimestamp(1, Timestamp.from(row.at()));
            statement.setString(2, row.username());
            statement.setString(3, row.unitResh());
            statement.setString(4, row.roles());
            statement.setString(5, row.kind());
            statement.setString(6, row.action());
            statement.setObject(7, row.pid());
            statement.setObject(8, row.courseId());
            statement.setString(9, row.form());
            statement.setString(10, row.clientAddress());
        });
    }
}
