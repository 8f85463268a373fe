package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.billing.subscription.domain.SubscriptionState;
import org.hugmenow.platform.db.Sql;

/** {@code platform.billing_account}, always read with its tenant's slug and status. Callers own the transaction. */
@ApplicationScoped
public class BillingAccountStore {

    private static final String COLUMNS = "SELECT t.id AS tid, t.slug, t.status AS tenant_status, a.* FROM platform.tenant t";
    private static final String SELECT = COLUMNS + " LEFT JOIN platform.billing_account a ON a.tenant_id = t.id";
    // Row locks need the account's side of the join to exist (never the nullable side of an outer join).
    private static final String LOCK = COLUMNS + " JOIN platform.billing_account a ON a.tenant_id = t.id";

    public Optional<BillingAccount> find(Connection c, UUID tenantId) throws SQLException {
        return Sql.one(c, SELECT + " WHERE t.id = ?", BillingAccountStore::account, tenantId);
    }

    /** The account with its row locked until the transaction ends, so events of one tenant apply one at a time. */
    public Optional<BillingAccount> lockByCustomer(Connection c, String customerId) throws SQLException {
        return Sql.one(c, LOCK + " WHERE a.stripe_customer_id = ? FOR UPDATE OF a", BillingAccountStore::account, customerId);
    }

    public Optional<BillingAccount> lockByTenant(Connection c, UUID tenantId) throws SQLException {
        Sql.update(c, "INSERT INTO platform.billing_account (tenant_id) SELECT id FROM platform.tenant WHERE id = ?"
                + " ON CONFLICT DO NOTHING", tenantId);
        return Sql.one(c, LOCK + " WHERE t.id = ? FOR UPDATE OF a", BillingAccountStore::account, tenantId);
    }

    public void linkCustomer(Connection c, UUID tenantId, String customerId) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET stripe_customer_id = ?, updated_at = now() WHERE tenant_id = ?",
                customerId, tenantId);
    }

    public void saveSubscription(Connection c, UUID tenantId, SubscriptionState s, String plan, String interval, long version,
                                 Instant pastDueSince) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET subscription_id = ?, subscription_item_id = ?, subscription_status = ?,"
                + " price_id = ?, plan = ?, billing_interval = ?, quantity = ?, unit_amount = ?, currency = ?, current_period_end = ?,"
                + " cancel_at_period_end = ?, trial_ends_at = ?, past_due_since = ?, state_version = greatest(state_version, ?),"
                + " canceled_at = CASE WHEN ? THEN coalesce(canceled_at, now()) END, updated_at = now()"
                + " WHERE tenant_id = ?", s.id(), s.itemId(), s.status(), s.priceId(), plan, interval, (int) s.quantity(), s.unitAmount(),
                s.currency(), s.currentPeriodEnd(), s.cancelAtPeriodEnd(), s.trialEnd(), pastDueSince, version, s.ended(), tenantId);
    }

    public void setPastDueSince(Connection c, UUID tenantId, Instant since) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET past_due_since = ?, updated_at = now() WHERE tenant_id = ?", since, tenantId);
    }

    /** A paid invoice ends dunning: the subscription is active again, whatever status Stripe's next event brings. */
    public void settle(Connection c, UUID tenantId) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET past_due_since = NULL, subscription_status = CASE WHEN"
                + " subscription_status IN ('past_due', 'unpaid') THEN 'active' ELSE subscription_status END, updated_at = now()"
                + " WHERE tenant_id = ?", tenantId);
    }

    public void noteTrialEnding(Connection c, UUID tenantId, Instant at) throws SQLException {
        Sql.update(c, "UPDATE platform.billing_account SET trial_ending_notice_at = ?, updated_at = now() WHERE tenant_id = ?", at, tenantId);
    }

    public List<BillingAccount> subscribed(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " WHERE a.subscription_id IS NOT NULL AND a.subscription_status NOT IN ('canceled', 'incomplete_expired')"
                + " ORDER BY t.slug", BillingAccountStore::account);
    }

    private static BillingAccount account(ResultSet r) throws SQLException {
        Integer quantity = r.getObject("quantity") == null ? null : r.getInt("quantity");
        return new BillingAccount(r.getObject("tid", UUID.class), r.getString("slug"), r.getString("tenant_status"),
                r.getString("stripe_customer_id"), r.getString("subscription_id"), r.getString("subscription_item_id"),
                r.getString("subscription_status"), r.getString("price_id"), r.getString("plan"), r.getString("billing_interval"),
                quantity, Sql.instant(r, "current_period_end"), r.getBoolean("cancel_at_period_end"), Sql.instant(r, "trial_ends_at"),
                Sql.instant(r, "trial_ending_notice_at"), Sql.instant(r, "past_due_since"), r.getLong("state_version"),
                Sql.instant(r, "seats_changed_at"), r.getString("seat_error"));
    }
}
