package org.hugmenow.billing.subscription.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;
import org.junit.jupiter.api.Test;

class BillingAccountTest {

    private static final Duration GRACE = Duration.ofDays(14);
    private static final Instant FAILED = Instant.parse("2026-12-01T00:00:00Z");

    private static BillingAccount account(String status, Instant pastDueSince) {
        return new BillingAccount(UUID.randomUUID(), "acme", "active", "cus_1", "sub_1", "si_1", status, "price_p", "premium",
                "month", 10, null, false, null, null, pastDueSince, 0, null, null);
    }

    @Test
    void anActiveSubscriptionGivesItsPlan() {
        assertEquals(new PlanStanding(Plan.PREMIUM, PlanStanding.Status.ACTIVE, null, null), account("active", null).standing(GRACE));
    }

    @Test
    void aFailedPaymentStartsTheGracePeriodFromWhenItFailed() {
        PlanStanding standing = account("past_due", FAILED).standing(GRACE);
        assertEquals(PlanStanding.Status.PAST_DUE, standing.status());
        assertEquals(FAILED.plus(GRACE), standing.graceUntil());
        // payment_failed may arrive before the subscription says past_due: the failure decides.
        assertEquals(FAILED.plus(GRACE), account("active", FAILED).standing(GRACE).graceUntil());
    }

    @Test
    void anEndedSubscriptionIsFreeAndAnIncompleteOneChangesNothing() {
        assertEquals(Plan.FREE, account("canceled", null).standing(GRACE).plan());
        assertNull(account("incomplete", null).standing(GRACE));
    }
}
