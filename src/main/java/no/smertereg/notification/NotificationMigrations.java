package no.smertereg.notification;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's Java migration, next to the SQL ones (Spring Boot hands every JavaMigration bean to Flyway). */
@Configuration
class NotificationMigrations {

    @Bean
    JavaMigration outboxClaimableIndex() {
        return new V33__OutboxClaimableIndex();
    }
}
