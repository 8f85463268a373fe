package org.hugmenow.platform.outbox.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.outbox.OutboxEvent;

/** The {@code outbox_event} table of a tenant schema; every method runs on the caller's connection and transaction. */
public final class OutboxStore {

    /** What a sweep learns about one tenant's backlog. */
    public record Backlog(Optional<Instant> nextDue, long parked) {
    }

    private OutboxStore() {
    }

    public static void insert(Connection c, UUID id, String type, String payload, Instant availableAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO outbox_event (id, type, payload, available_at) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, type);
            s.setString(3, payload);
            s.setTimestamp(4, Timestamp.from(availableAt));
            s.executeUpdate();
        }
    }

    /** Claims up to {@code limit} due events, locking them so other instances skip them. */
    public static List<OutboxEvent> claimDue(Connection c, int limit) throws SQLException {
        List<OutboxEvent> events = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, type, payload, created_at, attempts FROM outbox_event"
                + " WHERE processed_at IS NULL AND NOT parked AND available_at <= now()"
                + " ORDER BY available_at LIMIT " + limit + " FOR UPDATE SKIP LOCKED");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                events.add(new OutboxEvent(r.getObject(1, UUID.class), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant(), r.getInt(5)));
            }
        }
        return events;
    }

    public static void processed(Connection c, java.util.Collection<UUID> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event SET processed_at = now() WHERE id = ANY (?)")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            s.executeUpdate();
        }
    }

    public static void processed(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event SET processed_at = now() WHERE id = ?")) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }

    public static void holdUntil(Connection c, UUID id, Instant until) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event SET available_at = ? WHERE id = ?")) {
            s.setTimestamp(1, Timestamp.from(until));
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public static void retryLater(Connection c, UUID id, int attempts, String error, long backoffSeconds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event SET attempts = ?, last_error = ?,"
                + " available_at = now() + make_interval(secs => ?) WHERE id = ?")) {
            s.setInt(1, attempts);
            s.setString(2, error);
            s.setLong(3, backoffSeconds);
            s.setObject(4, id);
            s.executeUpdate();
        }
    }

    public static void park(Connection c, UUID id, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE outbox_event SET parked = true, last_error = ? WHERE id = ?")) {
            s.setString(1, reason);
            s.setObject(2, id);
            s.executeUpdate();
        }
    }

    public static Optional<Instant> earliestPending(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT min(available_at) FROM outbox_event WHERE processed_at IS NULL AND NOT parked");
             ResultSet r = s.executeQuery()) {
            r.next();
            return Optional.ofNullable(r.getTimestamp(1)).map(Timestamp::toInstant);
        }
    }

    /** One query for what is due next and how many events are parked. */
    public static Backlog backlog(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT min(available_at) FILTER (WHERE NOT parked),"
                + " count(*) FILTER (WHERE parked) FROM outbox_event WHERE processed_at IS NULL");
             ResultSet r = s.executeQuery()) {
            r.next();
            return new Backlog(Optional.ofNullable(r.getTimestamp(1)).map(Timestamp::toInstant), r.getLong(2));
        }
    }

    /** Delivered events are kept a week for diagnosis, then purged: their payloads hold personal data. */
    public static void purgeDelivered(Connection c) throws SQLException {
        Sql.update(c, "DELETE FROM outbox_event WHERE processed_at < now() - interval '7 days'");
    }
}
