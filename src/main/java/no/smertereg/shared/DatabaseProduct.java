package no.smertereg.shared;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database the registry runs on: PostgreSQL in production and tests, H2 for the zero-install demo. */
public final class DatabaseProduct {

    private DatabaseProduct() {
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
