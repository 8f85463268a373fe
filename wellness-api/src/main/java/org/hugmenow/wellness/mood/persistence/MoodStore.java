package org.hugmenow.wellness.mood.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.MoodEntry;
import org.hugmenow.wellness.mood.internal.NoteCipher;
import org.hugmenow.wellness.shared.domain.Page;

/** Check-ins and their factors; notes are encrypted on the way in and decrypted on the way out. */
@ApplicationScoped
public class MoodStore {

    private static final String COLUMNS = "id, person_id, score, emotions, note_cipher, tags, recorded_at, local_date, time_zone, created_at, updated_at";

    @Inject
    NoteCipher cipher;

    /**
     * Stores the entry and its factors in one round trip; returns whether its author already had
     * an entry on that local date (the CTEs see the table as it was before this insert).
     */
    public boolean insert(Connection c, TenantSlug tenant, MoodEntry e) throws SQLException {
        try (var s = c.prepareStatement("WITH prior AS (SELECT EXISTS (SELECT 1 FROM mood_entry WHERE person_id = ? AND local_date = ?) AS had),"
                + " entry AS (INSERT INTO mood_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id),"
                + " factors AS (INSERT INTO mood_factor (entry_id, factor_key, value) SELECT entry.id, f.k, f.v FROM entry,"
                + " unnest(?::text[], ?::float8[]) AS f(k, v)),"
                + " stamp AS (INSERT INTO mood_stamp (person_id, version) VALUES (?, 1)"
                + "   ON CONFLICT (person_id) DO UPDATE SET version = mood_stamp.version + 1)"
                + " SELECT had FROM prior")) {
            int i = 1;
            s.setString(i++, e.personId());
            s.setObject(i++, e.localDate());
            s.setObject(i++, e.id());
            s.setString(i++, e.personId());
            s.setInt(i++, e.score());
            s.setArray(i++, c.createArrayOf("text", e.emotions().toArray()));
            s.setBytes(i++, cipher.encrypt(tenant, e.personId(), e.note()));
            s.setArray(i++, c.createArrayOf("text", e.tags().toArray()));
            s.setTimestamp(i++, java.sql.Timestamp.from(e.recordedAt()));
            s.setObject(i++, e.localDate());
            s.setString(i++, e.timeZone());
            s.setTimestamp(i++, java.sql.Timestamp.from(e.createdAt()));
            s.setTimestamp(i++, java.sql.Timestamp.from(e.updatedAt()));
            s.setArray(i++, c.createArrayOf("text", e.factors().keySet().toArray()));
            s.setArray(i++, c.createArrayOf("float8", e.factors().values().toArray()));
            s.setString(i, e.personId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    /** The person's check-ins changed: computed views cached under the old stamp are stale. */
    public void stamp(Connection c, String personId) throws SQLException {
        Sql.update(c, "INSERT INTO mood_stamp (person_id, version) VALUES (?, 1)"
                + " ON CONFLICT (person_id) DO UPDATE SET version = mood_stamp.version + 1", personId);
    }

    public long stampOf(Connection c, String personId) throws SQLException {
        return Sql.one(c, "SELECT version FROM mood_stamp WHERE person_id = ?", r -> r.getLong(1), personId).orElse(0L);
    }

    public void update(Connection c, TenantSlug tenant, MoodEntry e) throws SQLException {
        Sql.update(c, "UPDATE mood_entry SET score = ?, emotions = ?, note_cipher = ?, tags = ?, recorded_at = ?, local_date = ?,"
                        + " time_zone = ?, updated_at = ? WHERE id = ? AND person_id = ?",
                e.score(), e.emotions(), cipher.encrypt(tenant, e.personId(), e.note()), e.tags(), e.recordedAt(), e.localDate(),
                e.timeZone(), e.updatedAt(), e.id(), e.personId());
        Sql.update(c, "DELETE FROM mood_factor WHERE entry_id = ?", e.id());
        insertFactors(c, e);
    }

    private static void insertFactors(Connection c, MoodEntry e) throws SQLException {
        if (e.factors().isEmpty()) {
            return;
        }
        try (var s = c.prepareStatement("INSERT INTO mood_factor (entry_id, factor_key, value) VALUES (?, ?, ?)")) {
            for (var f : e.factors().entrySet()) {
                s.setObject(1, e.id());
                s.setString(2, f.getKey());
                s.setDouble(3, f.getValue());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public boolean delete(Connection c, String personId, UUID id) throws SQLException {
        return Sql.update(c, "DELETE FROM mood_entry WHERE id = ? AND person_id = ?", id, personId) > 0;
    }

    public Optional<MoodEntry> find(Connection c, TenantSlug tenant, String personId, UUID id) throws SQLException {
        List<MoodEntry> found = withFactors(c, tenant, Sql.list(c, "SELECT " + COLUMNS + " FROM mood_entry WHERE id = ? AND person_id = ?",
                MoodStore::row, id, personId));
        return found.stream().findFirst();
    }

    /** Newest first, within local dates {@code from}..{@code to} (inclusive), after {@code after}. */
    public Page<MoodEntry> page(Connection c, TenantSlug tenant, String personId, LocalDate from, LocalDate to,
                                Page.Position after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM mood_entry WHERE person_id = ?");
        List<Object> params = new ArrayList<>(List.of(personId));
        if (from != null) {
            sql.append(" AND local_date >= ?");
            params.add(from);
        }
        if (to != null) {
            sql.append(" AND local_date <= ?");
            params.add(to);
        }
        if (after != null) {
            sql.append(" AND (recorded_at, id) < (?, ?)");
            params.add(after.at());
            params.add(after.id());
        }
        sql.append(" ORDER BY recorded_at DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        List<RawEntry> rows = Sql.list(c, sql.toString(), MoodStore::row, params.toArray());
        return Page.of(withFactors(c, tenant, rows), limit, e -> new Page.Position(e.recordedAt(), e.id()));
    }

    /** Entries recorded since {@code since}, without notes: for sharing and recommendations. */
    public List<MoodEntry> recentWithoutNotes(Connection c, String personId, Instant since) throws SQLException {
        List<RawEntry> rows = Sql.list(c, "SELECT id, person_id, score, emotions, NULL AS note_cipher, tags, recorded_at, local_date,"
                + " time_zone, created_at, updated_at FROM mood_entry WHERE person_id = ? AND recorded_at >= ?"
                + " ORDER BY recorded_at DESC, id DESC LIMIT 500", MoodStore::row, personId, since);
        return withFactors(c, null, rows);
    }

    public List<LocalDate> days(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT DISTINCT local_date FROM mood_entry WHERE person_id = ? ORDER BY local_date",
                r -> r.getObject(1, LocalDate.class), personId);
    }

    public long count(Connection c, String personId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM mood_entry WHERE person_id = ?", personId);
    }

    public void deleteAll(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM mood_entry WHERE person_id = ?", personId);
        stamp(c, personId);
        Sql.update(c, "DELETE FROM streak_milestone WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM custom_emotion WHERE owner_id = ?", personId);
        Sql.update(c, "DELETE FROM factor_definition WHERE owner_id = ?", personId);
    }

    private record RawEntry(UUID id, String personId, int score, List<String> emotions, byte[] note, List<String> tags,
                            Instant recordedAt, LocalDate localDate, String timeZone, Instant createdAt, Instant updatedAt) {
    }

    private static RawEntry row(ResultSet r) throws SQLException {
        return new RawEntry(r.getObject("id", UUID.class), r.getString("person_id"), r.getInt("score"), Sql.strings(r, "emotions"),
                r.getBytes("note_cipher"), Sql.strings(r, "tags"), Sql.instant(r, "recorded_at"), r.getObject("local_date", LocalDate.class),
                r.getString("time_zone"), Sql.instant(r, "created_at"), Sql.instant(r, "updated_at"));
    }

    private List<MoodEntry> withFactors(Connection c, TenantSlug tenant, List<RawEntry> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Double>> factors = new HashMap<>();
        try (var s = c.prepareStatement("SELECT entry_id, factor_key, value FROM mood_factor WHERE entry_id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(RawEntry::id).toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    factors.computeIfAbsent(r.getObject(1, UUID.class), k -> new LinkedHashMap<>()).put(r.getString(2), r.getDouble(3));
                }
            }
        }
        List<MoodEntry> entries = new ArrayList<>(rows.size());
        for (RawEntry e : rows) {
            String note = e.note() == null ? null : cipher.decrypt(tenant, e.personId(), e.note());
            entries.add(new MoodEntry(e.id(), e.personId(), e.score(), e.emotions(), note, factors.getOrDefault(e.id(), Map.of()),
                    e.tags(), e.recordedAt(), e.localDate(), e.timeZone(), e.createdAt(), e.updatedAt()));
        }
        return entries;
    }
}
