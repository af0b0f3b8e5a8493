package no.smertereg.audit;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the audit log's Java migration next to the SQL ones. */
@Configuration
class AuditMigrations {

    @Bean
    FlywayConfigurationCustomizer auditAppendOnlyMigration() {
        return configuration -> configuration.javaMigrations(new V7_1__AuditLogAppendOnly());
    }
}
