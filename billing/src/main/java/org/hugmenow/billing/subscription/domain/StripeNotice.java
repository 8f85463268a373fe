package org.hugmenow.billing.subscription.domain;

import java.time.Instant;

/**
 * A verified Stripe event, reduced to what billing applies. {@code created} orders events about
 * the same object; exactly one of the objects is present, matching the type.
 */
public record StripeNotice(String id, String type, Instant created, SubscriptionState subscription, InvoiceState invoice,
                           CheckoutCompleted checkout) {

    /** A finished Checkout: the customer it made or used, the subscription, and the tenant id we sent along. */
    public record CheckoutCompleted(String sessionId, String customerId, String subscriptionId, String clientReferenceId) {
    }

    public String customerId() {
        if (subscription != null) {
            return subscription.customerId();
        }
        if (invoice != null) {
            return invoice.customerId();
        }
        return checkout == null ? null : checkout.customerId();
    }

    public long version() {
        return created.getEpochSecond();
    }
}
