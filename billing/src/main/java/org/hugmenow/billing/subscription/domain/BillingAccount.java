package org.hugmenow.billing.subscription.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;

/** A tenant as a Stripe customer, and its subscription as billing last learned it. */
public record BillingAccount(UUID tenantId, String tenantSlug, String tenantStatus, String customerId, String subscriptionId,
                             String itemId, String subscriptionStatus, String priceId, String plan, String interval,
                             Integer quantity, Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant trialEndsAt,
                             Instant trialEndingNoticeAt, Instant pastDueSince, long stateVersion, Instant seatsChangedAt,
                             String seatError) {

    /** The account after a subscription state was stored, as {@code BillingAccountStore.saveSubscription} leaves it. */
    public BillingAccount with(SubscriptionState s, String newPlan, String newInterval, long version, Instant newPastDueSince) {
        return new BillingAccount(tenantId, tenantSlug, tenantStatus, customerId, s.id(), s.itemId(), s.status(), s.priceId(), newPlan,
                newInterval, (int) s.quantity(), s.currentPeriodEnd(), s.cancelAtPeriodEnd(), s.trialEnd(), trialEndingNoticeAt,
                newPastDueSince, version, seatsChangedAt, seatError);
    }

    public boolean subscribed() {
        return subscriptionId != null && !"canceled".equals(subscriptionStatus) && !"incomplete_expired".equals(subscriptionStatus);
    }

    /**
     * The plan standing this account gives the tenant. A failed payment starts the grace period;
     * the entitlement check makes paid features read-only once it is over.
     */
    public PlanStanding standing(Duration grace) {
        Plan bought = plan == null ? Plan.FREE : Plan.fromRegistry(plan);
        if (subscriptionStatus == null) {
            return null;
        }
        return switch (subscriptionStatus) {
            case "trialing" -> new PlanStanding(bought, PlanStanding.Status.TRIALING, trialEndsAt, null);
            case "past_due", "unpaid" -> pastDue(bought, grace);
            case "canceled", "incomplete_expired" -> new PlanStanding(Plan.FREE, PlanStanding.Status.CANCELED, null, null);
            case "incomplete" -> null;
            default -> pastDueSince != null ? pastDue(bought, grace) : new PlanStanding(bought, PlanStanding.Status.ACTIVE, null, null);
        };
    }

    private PlanStanding pastDue(Plan bought, Duration grace) {
        Instant since = pastDueSince == null ? Instant.now() : pastDueSince;
        return new PlanStanding(bought, PlanStanding.Status.PAST_DUE, null, since.plus(grace));
    }
}
