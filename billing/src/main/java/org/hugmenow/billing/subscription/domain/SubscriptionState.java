package org.hugmenow.billing.subscription.domain;

import java.time.Instant;

/** A Stripe subscription as far as billing cares: its one per-seat item, status and period. */
public record SubscriptionState(String id, String customerId, String status, String itemId, String priceId, long quantity,
                                Long unitAmount, String currency, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
                                Instant trialEnd) {

    /** Stripe's statuses that end a subscription for good. */
    public boolean ended() {
        return "canceled".equals(status) || "incomplete_expired".equals(status);
    }

    public boolean overdue() {
        return "past_due".equals(status) || "unpaid".equals(status);
    }
}
