package no.smertereg.reports;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The read model's Java migration, next to the SQL ones (Spring Boot hands every JavaMigration bean to Flyway). */
@Configuration
class ReportMigrations {

    @Bean
    JavaMigration reportRowMarks() {
        return new V29_1__ReportRowMarks();
    }
}
