package no.smertereg.course;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The course module's Java migration, next to the SQL ones (Spring Boot hands every JavaMigration bean to Flyway). */
@Configuration
class CourseMigrations {

    @Bean
    JavaMigration worklistConsentIndex() {
        return new V32_1__WorklistConsentIndex();
    }
}
