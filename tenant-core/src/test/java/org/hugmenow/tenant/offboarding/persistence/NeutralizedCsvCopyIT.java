package org.hugmenow.tenant.offboarding.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export's CSV against real PostgreSQL COPY output (embedded, so an IT): formulas neutralized, everything else byte-for-byte meaning. */
class NeutralizedCsvCopyIT {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void formulaCellsArePrefixedAndNullStaysApartFromEmpty() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id int, name text, note text, amount numeric)");
            s.execute("INSERT INTO t VALUES (1, '=HYPERLINK(\"http://evil.example\",\"x\")', NULL, -5),"
                    + " (2, '', '+1+cmd', -1.5), (3, E'two\\nlines, \"quoted\"', '@SUM(A1)', 7), (4, E'\\t=1', '-2+3', NULL)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NeutralizedCsvCopy.copy(c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyOut("COPY t TO STDOUT WITH (FORMAT csv, HEADER)"), out);
            assertEquals("""
                    "id","name","note","amount"
                    "1","'=HYPERLINK(""http://evil.example"",""x"")",,"-5"
                    "2","","'+1+cmd","-1.5"
                    "3","two
                    lines, ""quoted""\","'@SUM(A1)","7"
                    "4","'\t=1","'-2+3",
                    """, out.toString(StandardCharsets.UTF_8));

            // The file loads back with COPY: NULL is NULL, the empty string is empty.
            s.execute("CREATE TABLE back (id int, name text, note text, amount numeric)");
            ((org.postgresql.PGConnection) c.unwrap(org.postgresql.PGConnection.class)).getCopyAPI().copyIn(
                    "COPY back FROM STDIN WITH (FORMAT csv, HEADER)", new java.io.ByteArrayInputStream(out.toByteArray()));
            var rows = s.executeQuery("SELECT count(*) FILTER (WHERE note IS NULL), count(*) FILTER (WHERE name = ''),"
                    + " count(*) FILTER (WHERE amount IS NULL) FROM back");
            rows.next();
            assertEquals(1, rows.getInt(1));
            assertEquals(1, rows.getInt(2));
            assertEquals(1, rows.getInt(3));
        }
    }
}
