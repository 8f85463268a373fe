package org.hugmenow.wellness.hug.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.hug.domain.Hug;
import org.hugmenow.wellness.hug.domain.HugReport;
import org.hugmenow.wellness.hug.domain.HugType;
import org.hugmenow.wellness.shared.domain.Page;

/** Hugs, the tenant's hug types, blocks and abuse reports. */
@ApplicationScoped
public class HugStore {

    private static final String COLUMNS = "id, sender_id, recipient_id, type, message, group_id, request_id, status, deliver_at,"
            + " delivered_at, hidden, created_at";

    public void insert(Connection c, Hug h) throws SQLException {
        Sql.update(c, "INSERT INTO hug (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", h.id(), h.senderId(),
                h.recipientId(), h.type(), h.message(), h.groupId(), h.requestId(), h.status(), h.deliverAt(), h.deliveredAt(),
                h.hidden(), h.createdAt());
    }

    /** A hug the person sent, or received once delivered. */
    public Optional<Hug> findFor(Connection c, String personId, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM hug WHERE id = ? AND (sender_id = ? OR (recipient_id = ? AND status = 'delivered'))",
                HugStore::row, id, personId, personId);
    }

    public Optional<Hug> find(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM hug WHERE id = ? FOR UPDATE", HugStore::row, id);
    }

    public Page<Hug> received(Connection c, String personId, Page.Position after, int limit) throws SQLException {
        return page(c, "recipient_id = ? AND status = 'delivered' AND NOT hidden", "delivered_at", personId, after, limit);
    }

    public Page<Hug> sent(Connection c, String personId, Page.Position after, int limit) throws SQLException {
        return page(c, "sender_id = ?", "created_at", personId, after, limit);
    }

    private Page<Hug> page(Connection c, String where, String order, String personId, Page.Position after, int limit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(personId));
        String keyset = "";
        if (after != null) {
            keyset = " AND (" + order + ", id) < (?, ?)";
            params.add(after.at());
            params.add(after.id());
        }
        params.add(limit + 1);
        List<Hug> rows = Sql.list(c, "SELECT " + COLUMNS + " FROM hug WHERE " + where + keyset + " ORDER BY " + order + " DESC, id DESC LIMIT ?",
                HugStore::row, params.toArray());
        return Page.of(rows, limit, h -> new Page.Position(order.equals("delivered_at") ? h.deliveredAt() : h.createdAt(), h.id()));
    }

    public Map<String, Long> countsByType(Connection c, String personId, boolean sent) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        String where = sent ? "sender_id = ? AND status <> 'cancelled'" : "recipient_id = ? AND status = 'delivered' AND NOT hidden";
        Sql.list(c, "SELECT type, count(*) FROM hug WHERE " + where + " GROUP BY type ORDER BY type",
                r -> counts.put(r.getString(1), r.getLong(2)), personId);
        return counts;
    }

    /** The sender's side of a send: the tenant's allowance setting, their time zone and name, and sends today. */
    public record SenderDay(String allowanceSetting, java.time.ZoneId zone, String name, long sentToday) {
    }

    /** Until the transaction ends: one sender's concurrent sends queue here, so two cannot both take the last hug of the day. */
    public void lockAllowance(Connection c, String senderId) throws SQLException {
        Sql.list(c, "SELECT pg_advisory_xact_lock(hashtext(?))", r -> null, "hug-allowance/" + senderId);
    }

    public boolean teamExists(Connection c, UUID teamId) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM team WHERE id = ?", teamId) > 0;
    }

    /** The team's active members but the sender, leaving out anyone blocked either way; by id. */
    public List<String> teamRecipients(Connection c, String senderId, UUID teamId) throws SQLException {
        return Sql.list(c, "SELECT m.person_id FROM team_member m JOIN person p ON p.id = m.person_id"
                + " WHERE m.team_id = ? AND p.status = 'active' AND m.person_id <> ?"
                + " AND m.person_id NOT IN (SELECT other_id FROM person_block WHERE person_id = ? AND kind = 'block')"
                + " AND m.person_id NOT IN (SELECT person_id FROM person_block WHERE other_id = ? AND kind = 'block')"
                + " ORDER BY m.person_id", r -> r.getString(1), teamId, senderId, senderId, senderId);
    }

    /** One round trip; "today" is the sender's local day, a group hug counts once. */
    public SenderDay senderDay(Connection c, String senderId, String allowanceKey) throws SQLException {
        return Sql.one(c, "SELECT (SELECT value FROM tenant_setting WHERE setting_key = ?), z.tz,"
                        + " (SELECT coalesce(display_name, name) FROM person WHERE id = ?),"
                        + " (SELECT count(DISTINCT coalesce(group_id, id)) FROM hug WHERE sender_id = ? AND status <> 'cancelled'"
                        + "   AND created_at >= date_trunc('day', now() AT TIME ZONE z.tz) AT TIME ZONE z.tz)"
                        + " FROM (SELECT coalesce((SELECT time_zone FROM wellness_profile WHERE person_id = ?), 'UTC') AS tz) z",
                r -> new SenderDay(r.getString(1), java.time.ZoneId.of(r.getString(2)), r.getString(3), r.getLong(4)),
                allowanceKey, senderId, senderId, senderId).orElseThrow();
    }

    /** The recipient's side: shown name (null unless an active colleague), blocks either way, quiet hours. */
    public record RecipientSide(String name, boolean blocked, String timeZone, java.time.LocalTime quietStart, java.time.LocalTime quietEnd) {
    }

    public RecipientSide recipientSide(Connection c, String senderId, String recipientId) throws SQLException {
        return Sql.one(c, "SELECT p.name, EXISTS (SELECT 1 FROM person_block WHERE kind = 'block' AND ((person_id = ? AND other_id = ?)"
                        + " OR (person_id = ? AND other_id = ?))), w.time_zone, w.quiet_start, w.quiet_end"
                        + " FROM (SELECT 1) one LEFT JOIN (SELECT coalesce(display_name, name) AS name FROM person WHERE id = ? AND status = 'active') p ON true"
                        + " LEFT JOIN wellness_profile w ON w.person_id = ?",
                r -> new RecipientSide(r.getString(1), r.getBoolean(2), r.getString(3), r.getObject(4, java.time.LocalTime.class),
                        r.getObject(5, java.time.LocalTime.class)),
                senderId, recipientId, recipientId, senderId, recipientId, recipientId).orElseThrow();
    }

    public void markDelivered(Connection c, UUID id, Instant at) throws SQLException {
        Sql.update(c, "UPDATE hug SET status = 'delivered', delivered_at = ? WHERE id = ?", at, id);
    }

    public void cancel(Connection c, UUID id) throws SQLException {
        Sql.update(c, "UPDATE hug SET status = 'cancelled' WHERE id = ? AND status = 'scheduled'", id);
    }

    public void hide(Connection c, UUID id) throws SQLException {
        Sql.update(c, "UPDATE hug SET hidden = true WHERE id = ?", id);
    }

    public List<HugType> tenantTypes(Connection c) throws SQLException {
        return Sql.list(c, "SELECT key, label, meaning FROM hug_type ORDER BY key", r -> new HugType(r.getString(1), r.getString(2), r.getString(3), true));
    }

    public boolean addType(Connection c, HugType t) throws SQLException {
        return Sql.update(c, "INSERT INTO hug_type (key, label, meaning) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", t.key(), t.label(), t.meaning()) > 0;
    }

    public boolean typeExists(Connection c, String key) throws SQLException {
        return HugType.isStandard(key) || Sql.count(c, "SELECT count(*) FROM hug_type WHERE key = ?", key) > 0;
    }

    public Map<String, String> blocks(Connection c, String personId) throws SQLException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Sql.list(c, "SELECT other_id, kind FROM person_block WHERE person_id = ? ORDER BY other_id", r -> blocks.put(r.getString(1), r.getString(2)), personId);
        return blocks;
    }

    public void setBlock(Connection c, String personId, String otherId, String kind) throws SQLException {
        Sql.update(c, "INSERT INTO person_block (person_id, other_id, kind) VALUES (?, ?, ?) ON CONFLICT (person_id, other_id)"
                + " DO UPDATE SET kind = excluded.kind", personId, otherId, kind.toLowerCase(Locale.ROOT));
    }

    public boolean removeBlock(Connection c, String personId, String otherId) throws SQLException {
        return Sql.update(c, "DELETE FROM person_block WHERE person_id = ? AND other_id = ?", personId, otherId) > 0;
    }

    public void report(Connection c, UUID hugId, String reporterId, String reason) throws SQLException {
        Sql.update(c, "INSERT INTO hug_report (id, hug_id, reporter_id, reason, created_at) VALUES (?, ?, ?, ?, now())",
                UUID.randomUUID(), hugId, reporterId, reason);
    }

    public List<HugReport> reports(Connection c) throws SQLException {
        return Sql.list(c, "SELECT r.id, r.hug_id, r.reporter_id, h.sender_id, h.type, h.message, r.reason, r.created_at FROM hug_report r"
                + " JOIN hug h ON h.id = r.hug_id ORDER BY r.created_at DESC LIMIT 500", r -> new HugReport(r.getObject(1, UUID.class),
                r.getObject(2, UUID.class), r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                Sql.instant(r, "created_at")));
    }

    public List<Hug> allOf(Connection c, String personId) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM hug WHERE sender_id = ? OR (recipient_id = ? AND status = 'delivered')"
                + " ORDER BY created_at", HugStore::row,
                personId, personId);
    }

    /** Erases a person's hugs, sent and received, and their blocks; reports of hugs they sent go with them. */
    public void deleteAll(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM hug WHERE sender_id = ? OR recipient_id = ?", personId, personId);
        Sql.update(c, "DELETE FROM person_block WHERE person_id = ?", personId);
        Sql.update(c, "DELETE FROM hug_report WHERE reporter_id = ?", personId);
    }

    static Hug row(ResultSet r) throws SQLException {
        return new Hug(r.getObject("id", UUID.class), r.getString("sender_id"), r.getString("recipient_id"), r.getString("type"),
                r.getString("message"), r.getObject("group_id", UUID.class), r.getObject("request_id", UUID.class),
                Hug.Status.valueOf(r.getString("status").toUpperCase(Locale.ROOT)), Sql.instant(r, "deliver_at"),
                Sql.instant(r, "delivered_at"), r.getBoolean("hidden"), Sql.instant(r, "created_at"));
    }
}
