package org.hugmenow.tenant.entitlement.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlanStandingTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void anUnbilledPlanStandsAsTheOperatorSetIt() {
        assertEquals(Plan.STANDARD, PlanStanding.unbilled(Plan.STANDARD).usablePlan(NOW));
    }

    @Test
    void aTrialGivesItsPlanUntilItEndsThenFree() {
        PlanStanding trial = new PlanStanding(Plan.PREMIUM, PlanStanding.Status.TRIALING, NOW.plus(Duration.ofDays(1)), null);
        assertEquals(Plan.PREMIUM, trial.usablePlan(NOW));
        assertEquals(Plan.FREE, trial.usablePlan(NOW.plus(Duration.ofDays(2))));
        assertTrue(trial.restricted(NOW.plus(Duration.ofDays(2))));
    }

    @Test
    void anOverduePaymentKeepsThePlanThroughTheGracePeriodOnly() {
        PlanStanding due = new PlanStanding(Plan.PREMIUM, PlanStanding.Status.PAST_DUE, null, NOW.plus(Duration.ofDays(14)));
        assertEquals(Plan.PREMIUM, due.usablePlan(NOW.plus(Duration.ofDays(13))));
        assertEquals(Plan.FREE, due.usablePlan(NOW.plus(Duration.ofDays(15))));
    }

    @Test
    void aCancelledSubscriptionIsFreeAndFreeIsNeverRestricted() {
        assertFalse(new PlanStanding(Plan.FREE, PlanStanding.Status.CANCELED, null, null).restricted(NOW));
        assertEquals(Plan.FREE, new PlanStanding(Plan.STANDARD, PlanStanding.Status.CANCELED, null, null).usablePlan(NOW));
    }

    @Test
    void plansIncludeTheCheaperOnesAndUnknownCodesAreFree() {
        assertTrue(Plan.PREMIUM.includes(Feature.SCIM.plan()));
        assertFalse(Plan.STANDARD.includes(Feature.HR_CONNECTORS.plan()));
        assertEquals(Plan.FREE, Plan.fromRegistry("gold"));
    }
}
