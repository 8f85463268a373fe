package org.hugmenow.wellness.insights.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.InsightsPeriod;

/** Alerts raised ({@code insights_alert}, once per segment and period), periods scanned, and who receives alerts. */
@ApplicationScoped
public class AlertStore {

    /** How long an hr-admin who stopped using insights still receives alerts. */
    public static final Duration RECIPIENT_TTL = Duration.ofDays(90);

    /** Raises the alert unless it was raised before; true when this call raised it. */
    public boolean raise(Connection c, String segment, InsightsPeriod period, double drop, Instant now) throws SQLException {
        return Sql.update(c, "INSERT INTO insights_alert (id, segment, period, drop_value, raised_at) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT (segment, period) DO NOTHING", UUID.randomUUID(), segment, period.id(), drop, now) == 1;
    }

    /** An alert as stored: the segment id, the period id, how far the released mood fell. */
    public record Raised(String segment, String period, double drop, Instant raisedAt) {
    }

    public List<Raised> latest(Connection c, int limit) throws SQLException {
        return Sql.list(c, "SELECT segment, period, drop_value, raised_at FROM insights_alert ORDER BY raised_at DESC, segment LIMIT ?",
                r -> new Raised(r.getString(1), r.getString(2), r.getDouble(3), r.getTimestamp(4).toInstant()), limit);
    }

    public boolean scanned(Connection c, InsightsPeriod period) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM insights_alert_scan WHERE grain = ? AND period_start = ?",
                period.grain().key(), period.start()) > 0;
    }

    /** Marks the period scanned; false when another instance did it first (this scan then stops). */
    public boolean markScanned(Connection c, InsightsPeriod period, Instant now) throws SQLException {
        return Sql.update(c, "INSERT INTO insights_alert_scan (grain, period_start, scanned_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", period.grain().key(), period.start(), now) == 1;
    }

    /** Remembers an hr-admin as a recipient; writes at most once a day per person. */
    public void rememberRecipient(Connection c, String personId, Instant now) throws SQLException {
        // Looked at first without a lock: the upsert locks the row even when it changes nothing, which
        // made one person's concurrent views wait for each other (found by the insights benchmark).
        boolean fresh = Sql.count(c, "SELECT count(*) FROM insights_alert_recipient WHERE person_id = ?"
                + " AND last_seen >= ?::timestamptz - interval '1 day'", personId, now) > 0;
        if (fresh) {
            return;
        }
        Sql.update(c, "INSERT INTO insights_alert_recipient (person_id, last_seen) VALUES (?, ?) ON CONFLICT (person_id)"
                + " DO UPDATE SET last_seen = excluded.last_seen"
                + " WHERE insights_alert_recipient.last_seen < excluded.last_seen - interval '1 day'", personId, now);
    }

    public List<String> recipients(Connection c, Instant now) throws SQLException {
        Sql.update(c, "DELETE FROM insights_alert_recipient WHERE last_seen < ?", now.minus(RECIPIENT_TTL));
        return Sql.list(c, "SELECT person_id FROM insights_alert_recipient ORDER BY person_id", r -> r.getString(1));
    }
}
