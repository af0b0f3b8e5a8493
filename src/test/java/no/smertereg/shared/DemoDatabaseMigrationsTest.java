package no.smertereg.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The zero-install demo runs on H2 (README): every migration must run there too, with the data it finds. The
 * integration tests run on PostgreSQL, so this is where an H2-only failure shows.
 */
class DemoDatabaseMigrationsTest {

    @Test
    void everyMigrationRunsOnH2_andTheRolesOfV20KeepTheirUsers() throws Exception {
        String url = "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        flyway(url, "19").migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            sql.execute("insert into org_unit (resh_id, name, short_name) values ('100082', 'Haukeland', 'HUS')");
            sql.execute("insert into app_user (username, display_name, password_hash, created_at) "
                    + "values ('kari', 'Kari', 'x', current_timestamp)");
            sql.execute("insert into user_role (user_id, unit_resh, role) select id, '100082', 'LC' from app_user");
            sql.execute("insert into user_role (user_id, unit_resh, role) "
                    + "select id, '100082', 'SYSTEM_MANAGER' from app_user");
        }

        flyway(url, "latest").migrate();

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select registry_id, unit_resh, role from user_role order by role")) {
            List<String> roles = new ArrayList<>();
            while (rows.next()) {
                roles.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getString(3));
            }
            assertThat(roles).containsExactly("smertereg:100082:LC", "platform:100082:SYSTEM_MANAGER");
            sql.execute("insert into user_role (user_id, registry_id, unit_resh, role) "
                    + "select id, 'nnrr', '100082', 'LC' from app_user");
        }
    }

    private static Flyway flyway(String url, String target) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(Map.of("json_type", "json", "binary_type", "blob")).target(target).load();
    }
}
