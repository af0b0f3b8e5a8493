package no.smertereg.access;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

import no.smertereg.shared.DatabaseProduct;

/**
 * How sessions are kept in the database (ADR 0010): two requests of one new session that set the same attribute at
 * once (Tasklist and Cockpit fire many right after login) write it once, not a duplicate key; and a session whose
 * stored attributes no longer read (a class changed by a deploy) is a session without them, so its user logs in
 * again instead of meeting an error at every request.
 */
@Configuration
class SessionStoreConfig {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreConfig.class);
    private static final String H2_CREATE_ATTRIBUTE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, "
            + "ATTRIBUTE_NAME, ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> registrySessionStore(DataSource dataSource) {
        boolean postgres = DatabaseProduct.isPostgres(dataSource);
        return repository -> {
            if (postgres) {
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
            } else {
                repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
            }
            repository.setConversionService(lenientConversions());
        };
    }

    private static GenericConversionService lenientConversions() {
        ClassLoader classLoader = SessionStoreConfig.class.getClassLoader();
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return deserializer.convert(bytes);
            } catch (RuntimeException unreadable) {
                log.info("A stored session attribute no longer reads ({}); the session goes on without it",
                        unreadable.getClass().getSimpleName());
                return null;
            }
        });
        return conversions;
    }

}
