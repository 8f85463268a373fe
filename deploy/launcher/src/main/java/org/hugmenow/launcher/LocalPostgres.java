package org.hugmenow.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Real PostgreSQL from the registry's binaries (zonky), on loopback. With a data folder the
 * data survives restarts; without one every start is fresh.
 *
 * <p>zonky starts the server with {@code -F -c synchronous_commit=off} (no fsync, commits
 * acknowledged before their WAL is flushed): a crash then loses writes the app already answered
 * 201 for. {@link Durability#DURABLE}, the default, turns both back on; later {@code -c} options
 * override the earlier {@code -F} on the server's command line.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "hugmenow";
    public static final String USER = "hugmenow";
    public static final String PASSWORD = "hugmenow-dev";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** How commits reach the disk. */
    public enum Durability {
        /** fsync and synchronous_commit on: an acknowledged commit survives a crash. For ./run.sh and evaluations. */
        DURABLE,
        /** zonky's defaults, fsync and synchronous_commit off: faster, loses recent commits on a crash. Tests only. */
        FAST
    }

    /** A durable server, as ./run.sh runs it. */
    public static LocalPostgres start(Path dataDirectory, int port) throws IOException, SQLException {
        return start(dataDirectory, port, Durability.DURABLE);
    }

    public static LocalPostgres start(Path dataDirectory, int port, Durability durability) throws IOException, SQLException {
        boolean durable = durability == Durability.DURABLE;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_locks_per_transaction", "256")
                .setServerConfig("max_connections", "300")
                .setPGStartupWait(java.time.Duration.ofSeconds(60));
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        LocalPostgres local = new LocalPostgres(builder.start());
        local.ensureDatabase();
        return local;
    }

    private void ensureDatabase() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                if (!r.next()) {
                    s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
                }
            }
        }
    }

    /** A server setting as the running server reports it, such as {@code fsync}. */
    public String setting(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT current_setting('" + name.replace("'", "") + "')")) {
            r.next();
            return r.getString(1);
        }
    }

    /** A superuser connection to the app's database, for operations such as finding a backend's PID. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
