package org.hugmenow.billing.subscription.application;

import org.hugmenow.platform.refusal.Refusal;

/** Stripe could not be reached or refused the call; nothing was changed on our side. The cause goes to the operator's log. */
public class BillingUnavailable extends Refusal {

    public BillingUnavailable(String detail, Throwable cause) {
        super(Kind.UNAVAILABLE, detail, cause);
    }
}
