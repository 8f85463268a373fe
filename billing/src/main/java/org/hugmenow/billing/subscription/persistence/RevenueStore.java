package org.hugmenow.billing.subscription.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hugmenow.billing.subscription.domain.RevenueOverview;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.db.Sql;

/** Cross-tenant sums over {@code platform.billing_account} and {@code platform.plan_standing}. */
@ApplicationScoped
public class RevenueStore {

    private static final String LIVE = "a.subscription_id IS NOT NULL AND a.subscription_status IN ('active', 'trialing', 'past_due', 'unpaid')";

    @Inject PlatformDatabase database;

    public RevenueOverview overview() {
        return database.inTransaction(c -> {
            // Trials bring no revenue yet: they are counted apart.
            List<RevenueOverview.PlanRevenue> byPlan = Sql.list(c, "SELECT a.plan, a.currency, count(*) AS subs, sum(a.quantity) AS seats,"
                    + " sum(CASE WHEN a.billing_interval = 'year' THEN a.quantity * a.unit_amount / 12 ELSE a.quantity * a.unit_amount END) AS mrr"
                    + " FROM platform.billing_account a WHERE " + LIVE + " AND a.subscription_status <> 'trialing' AND a.unit_amount IS NOT NULL"
                    + " GROUP BY a.plan, a.currency ORDER BY a.plan, a.currency",
                    r -> new RevenueOverview.PlanRevenue(r.getString("plan"), r.getString("currency"), r.getInt("subs"), r.getLong("seats"),
                            r.getLong("mrr"), r.getLong("mrr") * 12));
            int trials = (int) Sql.count(c, "SELECT count(*) FROM platform.plan_standing s JOIN platform.tenant t ON t.id = s.tenant_id"
                    + " WHERE s.status = 'trialing' AND (s.trial_ends_at IS NULL OR s.trial_ends_at > now()) AND t.status = 'active'");
            List<String> pastDue = Sql.list(c, "SELECT t.slug FROM platform.plan_standing s JOIN platform.tenant t ON t.id = s.tenant_id"
                    + " WHERE s.status = 'past_due' AND t.status = 'active' ORDER BY t.slug", r -> r.getString(1));
            int churned = (int) Sql.count(c, "SELECT count(*) FROM platform.billing_account WHERE canceled_at > now() - interval '30 days'");
            int subscriptions = (int) Sql.count(c, "SELECT count(*) FROM platform.billing_account a WHERE " + LIVE);
            return new RevenueOverview(byPlan, trials, pastDue, churned, subscriptions);
        });
    }
}
