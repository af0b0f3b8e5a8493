package no.smertereg.course;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import no.smertereg.shared.DatabaseProduct;

/**
 * Flyway migration 32.1 (the class name is its version): on PostgreSQL, a unit's worklist by consent reads its page's
 * course ids from an index in the order {@link WorklistQuery} sorts by, forwards or backwards (issue 23). H2 (the
 * zero-install demo) has no index on an expression; there the list is sorted whole.
 */
class V32_1__WorklistConsentIndex extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "worklist consent index";
    }

    @Override
    public void migrate(Context context) throws Exception {
        if (!DatabaseProduct.isPostgres(context.getConnection())) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index ix_course_worklist_consent on course "
                    + "(registry_id, unit_resh, status, (coalesce(consent, false)), id)");
        }
    }
}
