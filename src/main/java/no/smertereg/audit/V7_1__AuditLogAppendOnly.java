package no.smertereg.audit;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Flyway migration 7.1 (the class name is its version): on PostgreSQL a trigger refuses every UPDATE, DELETE and TRUNCATE of {@code audit_event}, whoever asks.
 * H2 (the zero-install demo) has no such trigger; there the application's insert-only code is the guard.
 */
class V7_1__AuditLogAppendOnly extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "audit log append only";
    }

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        if (!product.contains("postgres")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("""
                    create function audit_event_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit_event is append-only: % refused', tg_op;
                    end
                    $$""");
            sql.execute("create trigger audit_event_no_update_or_delete before update or delete on audit_event "
                    + "for each row execute function audit_event_append_only()");
            sql.execute("create trigger audit_event_no_truncate before truncate on audit_event "
                    + "for each statement execute function audit_event_append_only()");
        }
    }
}
