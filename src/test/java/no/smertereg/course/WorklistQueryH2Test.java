package no.smertereg.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The zero-install demo runs on H2 (README), which has no lateral join: every worklist the pages can ask for runs
 * there, sorted whole; the per-department read is PostgreSQL's only (the integration tests run it).
 */
class WorklistQueryH2Test {

    @Test
    void everyOrderOfEveryKindOfListRunsOnTheDemoDatabase() {
        String url = "jdbc:h2:mem:worklist-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(Map.of("json_type", "json", "binary_type", "blob")).load().migrate();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, "sa", "", true);
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        jdbc.getJdbcTemplate().execute("insert into org_unit (resh_id, name, short_name) values ('100082', 'HUS', 'HUS')");
        jdbc.getJdbcTemplate().execute("insert into department (unit_resh, name, short_name) values ('100082', "
                + "'Smerteklinikken', 'SMK')");
        WorklistQuery.Selection oneUnit = new WorklistQuery.Selection("smertereg", Set.of("100082"), false, null, null,
                null, null);
        WorklistQuery.Selection national = new WorklistQuery.Selection("smertereg", Set.of(), true, "100082", 3,
                WorklistQuery.ANY_USER, null);
        for (WorklistQuery.Selection selection : new WorklistQuery.Selection[] {oneUnit, national}) {
            for (WorklistService.Sort sort : WorklistService.Sort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    MapSqlParameterSource parameters = new MapSqlParameterSource();
                    String sql = WorklistQuery.pageSql(WorklistQuery.where(selection, parameters), sort, descending,
                            WorklistQuery.perDepartment(false, selection, sort));
                    parameters.addValue("limit", 50).addValue("offset", 0L).addValue("depth", 50L);
                    assertThatCode(() -> assertThat(jdbc.queryForList(sql, parameters)).isEmpty())
                            .as(sort + (descending ? " desc " : " asc ") + selection).doesNotThrowAnyException();
                }
            }
        }
        dataSource.destroy();
    }
}
