package no.smertereg.shared;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Which database the registry runs on: PostgreSQL in production and tests, H2 for the zero-install demo. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    /** Asked once at start by whoever configures something per database. */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product", e);
        }
    }
}
