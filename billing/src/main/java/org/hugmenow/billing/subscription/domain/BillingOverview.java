package org.hugmenow.billing.subscription.domain;

import java.time.Instant;
import java.util.List;

/**
 * What finance sees of the tenant's billing. {@code notices} are stable codes the console words
 * in the reader's language: payment-failed, read-only, trial-ending, cancels-at-period-end, over-free-seats.
 * {@code portalAvailable}: the tenant is a Stripe customer, so the Customer Portal can be opened.
 */
public record BillingOverview(boolean configured, String plan, String status, boolean readOnly, long seats, Integer seatsBilled,
                              Integer freeSeatLimit, String interval, Instant currentPeriodEnd, boolean cancelAtPeriodEnd,
                              Instant trialEndsAt, Instant graceUntil, List<String> notices, List<Offer> offers,
                              boolean portalAvailable) {

    /** A plan and interval this installation sells online. */
    public record Offer(String plan, String interval) {
    }
}
