package no.smertereg.it;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The integration tests' PostgreSQL: embedded PostgreSQL binaries by default (started once per test JVM), or an
 * external server when REGISTRY_TEST_JDBC_URL is set (with REGISTRY_TEST_DB_USER and REGISTRY_TEST_DB_PASSWORD).
 */
public class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String DATABASE = "registry_it";
    private static EmbeddedPostgres embedded;
    private static String url;
    private static String user;
    private static String password;

    /** URL, user and password of the tests' database (started if needed). */
    static synchronized String[] connection() {
        start();
        return new String[] {url, user, password};
    }

    /**
     * The URL of another, empty database on the same server (created on first use), for a test that runs the
     * application on different diagrams: a second engine must not deploy them into the shared database.
     */
    static synchronized String separateDatabase(String name) {
        start();
        try (Connection c = java.sql.DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + name, e);
            }
        }
        return url.replaceFirst("/" + java.util.regex.Pattern.quote(databaseOf(url)) + "(\\?|$)", "/" + name + "$1");
    }

    private static String databaseOf(String jdbcUrl) {
        String path = jdbcUrl.replaceFirst("\\?.*$", "");
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=" + user,
                "spring.datasource.password=" + password).applyTo(context);
    }

    private static synchronized void start() {
        if (url != null) {
            return;
        }
        String external = System.getenv("REGISTRY_TEST_JDBC_URL");
        try {
            if (external != null && !external.isBlank()) {
                url = external;
                user = System.getenv().getOrDefault("REGISTRY_TEST_DB_USER", "postgres");
                password = System.getenv().getOrDefault("REGISTRY_TEST_DB_PASSWORD", "");
                report("external", null);
            } else {
                embedded = EmbeddedPostgres.builder().start();
                try (Connection c = embedded.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database " + DATABASE);
                }
                url = embedded.getJdbcUrl("postgres", DATABASE) + "&logServerErrorDetail=false";
                user = "postgres";
                password = "postgres";
                report("embedded", embedded.getDatabase("postgres", DATABASE));
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot start PostgreSQL for the integration tests", e);
        }
    }

    private static void report(String kind, DataSource dataSource) throws SQLException {
        String version = "?";
        if (dataSource != null) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select version()")) {
                r.next();
                version = r.getString(1);
            }
        }
        System.out.println("[integration tests] PostgreSQL (" + kind + "): " + version + " at " + url);
    }
}
