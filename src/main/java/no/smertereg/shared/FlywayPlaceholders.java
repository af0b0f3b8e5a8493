package no.smertereg.shared;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One set of migrations for PostgreSQL and H2: JSON columns are jsonb on PostgreSQL, json on H2; binary columns
 * bytea on PostgreSQL, blob on H2.
 */
@Configuration
class FlywayPlaceholders {

    @Bean
    FlywayConfigurationCustomizer jsonColumnType(DataSource dataSource) {
        boolean postgres = DatabaseProduct.isPostgres(dataSource);
        return configuration -> configuration.placeholders(Map.of("json_type", postgres ? "jsonb" : "json",
                "binary_type", postgres ? "bytea" : "blob"));
    }

}
