package org.hugmenow.billing.subscription.domain;

import java.util.List;

/**
 * Revenue across tenants for the platform operator, from the subscriptions as Stripe last described
 * them. Amounts are in the smallest currency unit, per currency; yearly prices count a twelfth a month.
 */
public record RevenueOverview(List<PlanRevenue> byPlan, int trials, List<String> pastDue, int churnedLast30Days,
                              int subscriptions) {

    public record PlanRevenue(String plan, String currency, int subscriptions, long seats, long mrr, long arr) {
    }
}
