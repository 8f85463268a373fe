package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hugmenow.platform.db.Sql;

/** The seat side of {@code platform.billing_account}: which subscriptions wait for a new quantity, and what changed. */
@ApplicationScoped
public class SeatSyncStore {

    /** A seat change to follow, for a tenant with a live subscription; the first mark of a burst stands (the debounce). */
    public void markChanged(Connection c, String tenantSlug) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account a SET seats_changed_at = coalesce(a.seats_changed_at, now())"
                + " FROM platform.tenant t WHERE t.id = a.tenant_id AND t.slug = ? AND a.subscription_id IS NOT NULL"
                + " AND a.subscription_status NOT IN ('canceled', 'incomplete_expired')", tenantSlug);
    }

    public record Due(UUID tenantId, String slug, String itemId, Integer quantity, Instant changedAt, int attempts) {
    }

    /** Subscriptions quiet for the debounce and not waiting for a retry, locked for this transaction (other instances skip them). */
    public List<Due> claimDue(Connection c, Duration debounce, int limit) throws SQLException {
        return Sql.list(c, "SELECT a.tenant_id, t.slug, a.subscription_item_id, a.quantity, a.seats_changed_at, a.seat_attempts"
                + " FROM platform.billing_account a JOIN platform.tenant t ON t.id = a.tenant_id"
                + " WHERE a.seats_changed_at <= now() - make_interval(secs => ?) AND (a.seat_retry_at IS NULL OR a.seat_retry_at <= now())"
                + " AND t.status = 'active' ORDER BY a.seats_changed_at LIMIT ? FOR UPDATE OF a SKIP LOCKED",
                r -> new Due(r.getObject(1, UUID.class), r.getString(2), r.getString(3), (Integer) r.getObject(4), Sql.instant(r, "seats_changed_at"),
                        r.getInt(6)), (double) debounce.toSeconds(), limit);
    }

    public void synced(Connection c, UUID tenantId, Integer from, int to, String reason) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET quantity = ?, seats_changed_at = NULL, seat_attempts = 0, seat_retry_at = NULL,"
                + " seat_error = NULL, updated_at = now() WHERE tenant_id = ?", to, tenantId);
        if (from == null || from != to) {
            Sql.update(c, "INSERT INTO platform.billing_seat_change (tenant_id, from_seats, to_seats, reason) VALUES (?, ?, ?, ?)",
                    tenantId, from, to, reason);
        }
    }

    public void failed(Connection c, UUID tenantId, int attempts, Instant retryAt, String error) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET seat_attempts = ?, seat_retry_at = ?, seat_error = ?, updated_at = now()"
                + " WHERE tenant_id = ?", attempts, retryAt, error, tenantId);
    }

    /** Only one instance reconciles a night; false when another holds the lock. */
    public boolean reconciliationLock(Connection c) throws SQLException {
        return Sql.one(c, "SELECT pg_try_advisory_xact_lock(hashtext('billing.reconciliation'))", r -> r.getBoolean(1)).orElse(false);
    }
}
