package no.smertereg.notification;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import no.smertereg.shared.DatabaseProduct;

/**
 * Flyway migration 33 (the class name is its version): on PostgreSQL, the e-mails still to send, by id, in an index of
 * their own, so that the relay's claim ({@link MailRelay}, every few seconds on every node) reads the unsent notices
 * only. Without it the planner walked the primary key through every mail ever sent, since it takes channel and
 * "not sent" for independent: after a year's 100,000 mails each claim read 52,000 blocks (72 ms) to find none
 * (issue 23, docs/benchmarks.md). H2 (the zero-install demo) has no partial index; its outbox stays small.
 */
class V33__OutboxClaimableIndex extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "outbox claimable index";
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!DatabaseProduct.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_notification_outbox_claimable on notification_outbox (id) "
                    + "where channel = 'EMAIL' and sent_at is null and failed_at is null");
        }
    }
}
