package no.smertereg.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.DatabaseProduct;

/**
 * Inserts audit rows; there is no update or delete. A change is written in the transaction of the change, so both
 * commit or neither does. A read is written just before the transaction that read commits, in it (ADR 0014); when
 * that transaction does not commit, or there is none, the read's rows are written on their own right after, so a
 * read is kept even when the request fails later.
 */
@Component
class AuditWriter {

    private static final String INSERT = "insert into audit_event (occurred_at, username, unit_resh, roles, kind, "
            + "action, pid, course_id, form, client_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final boolean waitForReadFlush;

    AuditWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions,
            @Value("${registry.audit.durable-reads:false}") boolean durableReads) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.waitForReadFlush = durableReads
                || !Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) DatabaseProduct::isPostgres));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void withTheChange(List<AuditRow> rows) {
        insert(rows);
    }

    public void withTheRead(List<AuditRow> rows) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            onItsOwn(rows);
            return;
        }
        ReadsOfThisTransaction reads = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(ReadsOfThisTransaction.class::isInstance).map(ReadsOfThisTransaction.class::cast)
                .findFirst().orElseGet(() -> {
                    ReadsOfThisTransaction created = new ReadsOfThisTransaction();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        reads.rows.addAll(rows);
    }

    /**
     * A read-only transaction (a page or API view) writes nothing but its audit rows, so on PostgreSQL its commit
     * does not wait for the WAL flush (ADR 0007): the commit is ordered and kept unless the database server itself
     * crashes within a fraction of a second. {@code registry.audit.durable-reads=true} waits for the flush.
     */
    private void writeRead(List<AuditRow> rows, boolean onlyReads) {
        if (onlyReads && !waitForReadFlush) {
            jdbc.execute("set local synchronous_commit to off");
        }
        insert(rows);
    }

    private void onItsOwn(List<AuditRow> rows) {
        ownTransaction.executeWithoutResult(status -> writeRead(rows, true));
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

    /** The read rows of one transaction, written in it before it commits or on their own when it does not. */
    private final class ReadsOfThisTransaction implements TransactionSynchronization {

        private final List<AuditRow> rows = new ArrayList<>();
        /** How many of the rows went into the transaction; a read recorded after that is written on its own. */
        private int inTheTransaction;

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!rows.isEmpty()) {
                writeRead(rows, readOnly);
                inTheTransaction = rows.size();
            }
        }

        @Override
        public void afterCompletion(int status) {
            List<AuditRow> notCommitted = status == STATUS_COMMITTED ? rows.subList(inTheTransaction, rows.size())
                    : rows;
            if (!notCommitted.isEmpty()) {
                onItsOwn(List.copyOf(notCommitted));
            }
        }
    }
}
