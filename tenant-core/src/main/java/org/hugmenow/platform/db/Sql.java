package org.hugmenow.platform.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: positional parameters bound by type, rows mapped by a lambda. */
public final class Sql {

    private Sql() {
    }

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            return s.executeUpdate();
        }
    }

    public static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(c, s, params);
            try (ResultSet r = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (r.next()) {
                    out.add(row.map(r));
                }
                return out;
            }
        }
    }

    public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> found = list(c, sql, row, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return one(c, sql, r -> r.getLong(1), params).orElse(0L);
    }

    public static Instant instant(ResultSet r, String column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static List<String> strings(ResultSet r, String column) throws SQLException {
        Array array = r.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static void bind(Connection c, PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p instanceof Instant instant) {
                s.setTimestamp(at, Timestamp.from(instant));
            } else if (p instanceof LocalDate date) {
                s.setObject(at, date);
            } else if (p instanceof Collection<?> values) {
                s.setArray(at, c.createArrayOf("text", values.stream().map(String::valueOf).toArray()));
            } else if (p instanceof Enum<?> e) {
                s.setString(at, e.name().toLowerCase());
            } else {
                s.setObject(at, p);
            }
        }
    }
}
