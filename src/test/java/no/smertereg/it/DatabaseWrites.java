package no.smertereg.it;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts every row the application inserts, updates or deletes in the tests' PostgreSQL, by a row trigger on each
 * table that bumps one counter in the same transaction: a call whose transaction rolls back counts nothing, one
 * that commits a single write shows. Tables that timers of the application write on their own are left out.
 */
final class DatabaseWrites implements AutoCloseable {

    private static final String COUNTER = "it_database_writes";
    private static final String FUNCTION = "it_count_database_write";

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    private DatabaseWrites(JdbcTemplate jdbc, List<String> tables) {
        this.jdbc = jdbc;
        this.tables = tables;
    }

    static DatabaseWrites countExcept(JdbcTemplate jdbc, Set<String> leftOut) {
        jdbc.execute("create table if not exists " + COUNTER + " (n bigint not null)");
        jdbc.execute("delete from " + COUNTER);
        jdbc.execute("insert into " + COUNTER + " values (0)");
        jdbc.execute("create or replace function " + FUNCTION + "() returns trigger language plpgsql as $$ begin "
                + "update " + COUNTER + " set n = n + 1; return null; end $$");
        List<String> tables = jdbc.queryForList("select tablename from pg_tables where schemaname = current_schema()"
                + " and tablename <> ?", String.class, COUNTER).stream()
                .filter(t -> !leftOut.contains(t.toLowerCase())).toList();
        for (String table : tables) {
            jdbc.execute("create trigger " + trigger(table) + " after insert or update or delete on " + table
                    + " for each row execute function " + FUNCTION + "()");
        }
        return new DatabaseWrites(jdbc, tables);
    }

    long count() {
        return jdbc.queryForObject("select n from " + COUNTER, Long.class);
    }

    int tables() {
        return tables.size();
    }

    @Override
    public void close() {
        for (String table : tables) {
            jdbc.execute("drop trigger if exists " + trigger(table) + " on " + table);
        }
        jdbc.execute("drop function if exists " + FUNCTION + "()");
        jdbc.execute("drop table if exists " + COUNTER);
    }

    private static String trigger(String table) {
        return "it_writes_" + table;
    }
}
