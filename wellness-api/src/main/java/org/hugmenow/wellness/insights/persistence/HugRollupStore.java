package org.hugmenow.wellness.insights.persistence;

import static org.hugmenow.wellness.insights.persistence.RollupSql.GRAINS;
import static org.hugmenow.wellness.insights.persistence.RollupSql.PAIRS;
import static org.hugmenow.wellness.insights.persistence.RollupSql.TENANT_ZONE;
import static org.hugmenow.wellness.insights.persistence.RollupSql.periodStart;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.wellness.insights.domain.Grain;

/**
 * Delivered hugs per sender, recipient and period ({@code insights_hug_period}), counted from the
 * hug table by the tenant-local day of delivery. Every write recomputes from the hug table, so a
 * repeated or late event changes nothing and an erased hug stops counting.
 */
@ApplicationScoped
public class HugRollupStore {

    /** Counts the delivered hugs matching the first {@code %s} (on {@code h}) into the periods matching the second. */
    static final String COUNT_HUGS = "WITH d AS (SELECT h.sender_id, h.recipient_id, (h.delivered_at AT TIME ZONE z.tz)::date AS day"
            + "   FROM hug h, " + TENANT_ZONE + " z WHERE h.status = 'delivered' AND h.delivered_at IS NOT NULL AND %s),"
            + " c AS (SELECT g.grain, " + periodStart("d.day") + " AS period_start, d.sender_id, d.recipient_id FROM d CROSS JOIN " + GRAINS + ")"
            + " INSERT INTO insights_hug_period (grain, period_start, sender_id, recipient_id, hugs)"
            + " SELECT grain, period_start, sender_id, recipient_id, count(*)::int FROM c WHERE %s GROUP BY 1, 2, 3, 4";

    /** A delivered hug: who sent it to whom, on which tenant-local day. */
    public record Delivered(String senderId, String recipientId, LocalDate day) {
    }

    public Optional<Delivered> delivered(Connection c, UUID hugId) throws SQLException {
        return Sql.one(c, "SELECT h.sender_id, h.recipient_id, (h.delivered_at AT TIME ZONE z.tz)::date FROM hug h, " + TENANT_ZONE
                        + " z WHERE h.id = ? AND h.status = 'delivered' AND h.delivered_at IS NOT NULL",
                r -> new Delivered(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class)), hugId);
    }

    /** Recounts the pair's hugs in the four periods containing {@code day}. */
    public void recountPair(Connection c, String senderId, String recipientId, LocalDate day) throws SQLException {
        List<String> grains = Arrays.stream(Grain.values()).map(Grain::key).toList();
        List<LocalDate> starts = Arrays.stream(Grain.values()).map(g -> g.start(day)).toList();
        Sql.update(c, "DELETE FROM insights_hug_period WHERE sender_id = ? AND recipient_id = ? AND " + PAIRS,
                senderId, recipientId, grains, starts);
        // A pair exchanges few hugs: counting all of theirs and keeping the four periods is cheap.
        Sql.update(c, String.format(COUNT_HUGS, "h.sender_id = ? AND h.recipient_id = ?", PAIRS), senderId, recipientId, grains, starts);
    }

    /** Recounts every hug the person sent or received (after an erasure: none are left). */
    public void recountPerson(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_hug_period WHERE sender_id = ? OR recipient_id = ?", personId, personId);
        Sql.update(c, String.format(COUNT_HUGS, "(h.sender_id = ? OR h.recipient_id = ?)", "true"), personId, personId);
    }

    public void erase(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM insights_hug_period WHERE sender_id = ? OR recipient_id = ?", personId, personId);
    }
}
