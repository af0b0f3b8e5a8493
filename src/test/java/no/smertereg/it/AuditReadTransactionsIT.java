package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import no.smertereg.shared.PatientDataAccess;

/**
 * ADR 0014: a read's audit row is written in the transaction that read, not in a second one, and is still kept
 * when that transaction does not commit.
 */
class AuditReadTransactionsIT extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aViewsReadOnlyTransactionCommitsItsOwnAuditRow() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();
        TransactionTemplate view = new TransactionTemplate(transactions);
        view.setReadOnly(true);
        AtomicReference<String> viewTransaction = new AtomicReference<>();

        view.executeWithoutResult(status -> {
            events.publishEvent(PatientDataAccess.read("COURSE_READ", 4711L, course, HAUKELAND, "TX-TEST"));
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    viewTransaction.set(jdbc.queryForObject("select pg_current_xact_id_if_assigned()::text",
                            String.class));
                }
            });
        });

        assertThat(viewTransaction.get()).as("the view's transaction wrote the row").isNotNull();
        assertThat(jdbc.queryForObject("select xmin::text from audit_event where course_id = ? and form = 'TX-TEST'",
                String.class, course)).isEqualTo(viewTransaction.get());
    }

    @Test
    void aReadWhoseTransactionRollsBackIsStillInTheLog() {
        long course = newCourse("lu.haukeland", HAUKELAND).path("id").asLong();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(PatientDataAccess.read("COURSE_READ", 4711L, course, HAUKELAND, "ROLLED-BACK"));
            jdbc.update("update course set delete_reason = 'lost' where id = ?", course);
            status.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("select count(*) from audit_event where course_id = ? and form = 'ROLLED-BACK'"
                + " and kind = 'READ'", Integer.class, course)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from course where id = ? and delete_reason = 'lost'",
                Integer.class, course)).isZero();
    }
}
