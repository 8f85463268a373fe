package org.hugmenow.tenant.entitlement.domain;

import java.time.Instant;

/**
 * A tenant's plan and how it stands with paying for it. A trial that ran out, or a payment
 * overdue beyond its grace period, leaves the tenant with what free includes until it pays:
 * what it already has stays readable, only new use of paid features is refused.
 */
public record PlanStanding(Plan plan, Status status, Instant trialEndsAt, Instant graceUntil) {

    public enum Status {
        /** Not billed through Stripe: the plan the operator set stands. */
        NONE("none"), TRIALING("trialing"), ACTIVE("active"), PAST_DUE("past_due"), CANCELED("canceled");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Status ofCode(String code) {
            for (Status s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown plan status " + code);
        }
    }

    public static PlanStanding unbilled(Plan plan) {
        return new PlanStanding(plan, Status.NONE, null, null);
    }

    /** The plan whose features may be newly used at {@code now}. */
    public Plan usablePlan(Instant now) {
        return restricted(now) ? Plan.FREE : plan;
    }

    /** Whether paid features are read-only now: a trial over, or a payment overdue past its grace. */
    public boolean restricted(Instant now) {
        return switch (status) {
            case TRIALING -> trialEndsAt != null && now.isAfter(trialEndsAt);
            case PAST_DUE -> graceUntil != null && now.isAfter(graceUntil);
            case CANCELED -> plan != Plan.FREE;
            case NONE, ACTIVE -> false;
        };
    }
}
