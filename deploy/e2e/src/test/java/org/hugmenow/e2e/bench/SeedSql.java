package org.hugmenow.e2e.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** The small JDBC helpers the seeds share ({@link WellnessSeed}, {@link InsightsSeed}): COPY, ids, counts, a checkpoint. */
final class SeedSql {

    private SeedSql() {
    }

    /** COPY's text format rows into the table named by {@code sql}; nothing to do for no rows. */
    static void copy(Connection c, String sql, CharSequence rows) throws SQLException, IOException {
        if (rows.length() == 0) {
            return;
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Escapes a value for COPY's text format. */
    static String copyEscape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** A random (version 4 shaped) UUID from a seeded generator, far cheaper than SecureRandom. */
    static UUID uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The names as double-quoted elements of a PostgreSQL array literal. */
    static String[] quoted(List<String> names) {
        String[] quoted = new String[names.size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = "\"" + names.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        return quoted;
    }

    /** An array literal of 1 to 3 consecutive entries of {@code quoted}, from a random start. */
    static String emotionArray(Random random, String[] quoted) {
        int n = 1 + random.nextInt(Math.min(3, quoted.length));
        StringBuilder array = new StringBuilder("{");
        int start = random.nextInt(quoted.length);
        for (int i = 0; i < n; i++) {
            array.append(i == 0 ? "" : ",").append(quoted[(start + i) % quoted.length]);
        }
        return array.append('}').toString();
    }

    static long count(Connection c, String schema, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void vacuumAnalyze(Connection c, String schema, List<String> tables) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("VACUUM (ANALYZE) " + schema + "." + table);
            }
        }
    }

    /**
     * Flushes the seed's dirty pages now, so a background checkpoint does not share the cores with
     * the load runs. Needs the embedded server's superuser; skipped (and said so) without it.
     */
    static void checkpoint(Connection c, Consumer<String> out) throws SQLException {
        try (Connection admin = DriverManager.getConnection(c.getMetaData().getURL(), "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("CHECKPOINT");
        } catch (SQLException e) {
            out.accept("  (no CHECKPOINT after seeding: " + e.getMessage() + ")");
        }
    }
}
