package org.hugmenow.e2e.sweep;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A fingerprint of everything stored in some schemas, to prove that a refused request changed
 * nothing. Outbox and migration bookkeeping are left out: background relays change them.
 */
public final class TenantDigest implements AutoCloseable {

    private final Connection connection;
    private final String query;

    public TenantDigest(String jdbcUrl, String user, String password, List<String> schemas) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        List<String> parts = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet tables = s.executeQuery("SELECT table_schema, table_name FROM information_schema.tables"
                     + " WHERE table_type = 'BASE TABLE' AND table_schema IN ('" + String.join("','", schemas) + "')"
                     + " AND table_name NOT LIKE '%outbox%' AND table_name NOT LIKE 'flyway%' ORDER BY 1, 2")) {
            while (tables.next()) {
                String table = '"' + tables.getString(1) + "\".\"" + tables.getString(2) + '"';
                parts.add("SELECT '" + table.replace("'", "''") + "' || md5(coalesce(string_agg(md5(x::text), ',' ORDER BY md5(x::text)), ''))"
                        + " AS h FROM " + table + " x");
            }
        }
        this.query = "SELECT md5(string_agg(h, ',' ORDER BY h)) FROM (" + String.join(" UNION ALL ", parts) + ") t";
    }

    public String now() {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("digest failed", e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
