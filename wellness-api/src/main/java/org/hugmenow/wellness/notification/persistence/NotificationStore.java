package org.hugmenow.wellness.notification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.notification.domain.Notification;
import org.hugmenow.wellness.shared.domain.Page;

@ApplicationScoped
public class NotificationStore {

    private static final String COLUMNS = "id, person_id, type, payload, created_at, read_at";

    /** Inserts once per event: a redelivered event finds its notification already there. */
    public boolean insert(Connection c, Notification n, UUID eventId) throws SQLException {
        return Sql.update(c, "INSERT INTO notification (id, person_id, type, event_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (event_id) DO NOTHING", n.id(), n.personId(), n.type(), eventId, n.payload(), n.createdAt()) > 0;
    }

    public Page<Notification> page(Connection c, String personId, boolean unreadOnly, Page.Position after, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification WHERE person_id = ?");
        List<Object> params = new ArrayList<>(List.of(personId));
        if (unreadOnly) {
            sql.append(" AND read_at IS NULL");
        }
        if (after != null) {
            sql.append(" AND (created_at, id) < (?, ?)");
            params.add(after.at());
            params.add(after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit + 1);
        return Page.of(Sql.list(c, sql.toString(), NotificationStore::row, params.toArray()), limit,
                n -> new Page.Position(n.createdAt(), n.id()));
    }

    /** Notifications created after the one with {@code lastSeen}, oldest first: what a reconnecting stream missed. */
    public List<Notification> after(Connection c, String personId, UUID lastSeen) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM notification n WHERE person_id = ? AND (created_at, id) >"
                + " (SELECT created_at, id FROM notification WHERE id = ? AND person_id = ?) ORDER BY created_at, id LIMIT 200",
                NotificationStore::row, personId, lastSeen, personId);
    }

    public long unread(Connection c, String personId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM notification WHERE person_id = ? AND read_at IS NULL", personId);
    }

    public boolean markRead(Connection c, String personId, UUID id) throws SQLException {
        return Sql.update(c, "UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = ? AND person_id = ?", id, personId) > 0;
    }

    public void markAllRead(Connection c, String personId) throws SQLException {
        Sql.update(c, "UPDATE notification SET read_at = now() WHERE person_id = ? AND read_at IS NULL", personId);
    }

    /** Types the person switched off. */
    public Map<String, Boolean> preferences(Connection c, String personId) throws SQLException {
        Map<String, Boolean> prefs = new TreeMap<>();
        Sql.list(c, "SELECT type, enabled FROM notification_preference WHERE person_id = ?",
                r -> prefs.put(r.getString(1), r.getBoolean(2)), personId);
        return prefs;
    }

    public void setPreference(Connection c, String personId, String type, boolean enabled) throws SQLException {
        Sql.update(c, "INSERT INTO notification_preference (person_id, type, enabled) VALUES (?, ?, ?)"
                + " ON CONFLICT (person_id, type) DO UPDATE SET enabled = excluded.enabled", personId, type, enabled);
    }

    public List<Notification> all(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM notification WHERE person_id = ? ORDER BY created_at", NotificationStore::row, personId);
    }

    public void deleteAll(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM notification WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM notification_preference WHERE person_id = ?", personId);
    }

    /** On unless the person switched the type off, or muted or blocked whoever caused it; one round trip. */
    public boolean wanted(Connection c, String personId, String type, String actorId) throws SQLException {
        return Sql.one(c, "SELECT coalesce((SELECT enabled FROM notification_preference WHERE person_id = ? AND type = ?), true)"
                + " AND NOT EXISTS (SELECT 1 FROM person_block WHERE person_id = ? AND other_id = ?)",
                r -> r.getBoolean(1), personId, type, personId, actorId == null ? "" : actorId).orElse(true);
    }

    /**
     * Erasure: drops every pending outbox event that still carries the person's id, and so
     * possibly their words (requested notifications, by them or for them).
     */
    public void deletePendingEventsMentioning(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM outbox_event WHERE processed_at IS NULL AND payload LIKE ?", "%\"" + personId + "\"%");
    }

    private static Notification row(ResultSet r) throws SQLException {
        return new Notification(r.getObject("id", UUID.class), r.getString("person_id"), r.getString("type"), r.getString("payload"),
                Sql.instant(r, "created_at"), Sql.instant(r, "read_at"));
    }
}
