package org.hugmenow.wellness.insights.persistence;

import jakarta.json.JsonNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hugmenow.platform.db.SqlFailure;
import org.hugmenow.platform.json.Jsons;
import org.hugmenow.wellness.insights.domain.CellKey;
import org.hugmenow.wellness.insights.domain.Draw;
import org.hugmenow.wellness.insights.domain.ReleasedValues;

/**
 * The draws made so far ({@code insights_released_value}) on one unit of work's connection. A draw
 * is a JSON object of its noisy integers. {@link #keepFirst} inserts unless the key is taken and then
 * reads what is stored: under read committed, a racing insert either committed first (the insert
 * does nothing, the read sees it) or waits for this one, so both end with one number.
 */
public final class ReleasedValueStore implements ReleasedValues {

    private final Connection c;

    public ReleasedValueStore(Connection c) {
        this.c = c;
    }

    @Override
    public Optional<Draw> find(CellKey key) {
        try (PreparedStatement s = c.prepareStatement("SELECT d.key, d.value FROM insights_released_value v,"
                + " jsonb_each_text(v.draw) d WHERE v.segment = ? AND v.metric = ? AND v.period = ?")) {
            bindKey(s, key);
            Map<String, Long> noisy = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    noisy.put(r.getString(1), Long.parseLong(r.getString(2)));
                }
            }
            return noisy.isEmpty() ? Optional.empty() : Optional.of(Draw.of(noisy));
        } catch (SQLException e) {
            throw new SqlFailure("read a released value", e);
        }
    }

    @Override
    public Map<CellKey, Draw> findAll(Collection<CellKey> keys) {
        Map<String, CellKey> byText = new HashMap<>();
        keys.forEach(k -> byText.put(text(k.segment().value(), k.metric().id(), k.period().toString()), k));
        Map<CellKey, Draw> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT v.segment, v.metric, v.period, v.draw::text FROM insights_released_value v"
                + " JOIN unnest(?::text[], ?::text[], ?::text[]) AS k(segment, metric, period)"
                + " ON v.segment = k.segment AND v.metric = k.metric AND v.period = k.period")) {
            List<CellKey> asked = List.copyOf(byText.values());
            s.setArray(1, c.createArrayOf("text", asked.stream().map(k -> k.segment().value()).toArray()));
            s.setArray(2, c.createArrayOf("text", asked.stream().map(k -> k.metric().id()).toArray()));
            s.setArray(3, c.createArrayOf("text", asked.stream().map(k -> k.period().toString()).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CellKey key = byText.get(text(r.getString(1), r.getString(2), r.getString(3)));
                    if (key != null) {
                        found.put(key, draw(r.getString(4)));
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new SqlFailure("read released values", e);
        }
    }

    @Override
    public Draw keepFirst(CellKey key, Draw draw) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO insights_released_value (segment, metric, period, draw, drawn_at)"
                + " SELECT ?, ?, ?, jsonb_object_agg(t.k, t.v), ? FROM unnest(?::text[], ?::bigint[]) AS t(k, v)"
                + " ON CONFLICT (segment, metric, period) DO NOTHING")) {
            bindKey(s, key);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.setArray(5, c.createArrayOf("text", draw.noisy().keySet().toArray()));
            s.setArray(6, c.createArrayOf("bigint", draw.noisy().values().toArray()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new SqlFailure("keep a released value", e);
        }
        return find(key).orElseThrow(() -> new IllegalStateException("a kept draw is readable in the same transaction"));
    }

    private static String text(String segment, String metric, String period) {
        return segment + '\u0000' + metric + '\u0000' + period;
    }

    private static Draw draw(String json) {
        Map<String, Long> noisy = new TreeMap<>();
        Jsons.parseObject(json).forEach((k, v) -> noisy.put(k, ((JsonNumber) v).longValue()));
        return Draw.of(noisy);
    }

    private static void bindKey(PreparedStatement s, CellKey key) throws SQLException {
        s.setString(1, key.segment().value());
        s.setString(2, key.metric().id());
        s.setString(3, key.period().toString());
    }
}
