package no.smertereg.audit;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audit log's Java migration, next to the SQL ones (Spring Boot hands every JavaMigration bean to Flyway). */
@Configuration
class AuditMigrations {

    @Bean
    JavaMigration auditAppendOnlyMigration() {
        return new V7_1__AuditLogAppendOnly();
    }
}
