-- How a tenant stands with its plan, written by billing from Stripe's state and read by the
-- entitlement check of every module. No row: the registry's plan stands as the operator chose it
-- (for example a contract invoiced outside Stripe).
CREATE TABLE plan_standing (
    tenant_id     uuid PRIMARY KEY REFERENCES tenant (id),
    status        text NOT NULL CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    trial_ends_at timestamptz,
    grace_until   timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
