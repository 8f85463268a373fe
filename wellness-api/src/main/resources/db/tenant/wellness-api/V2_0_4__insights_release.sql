-- Team insights, release side (ADR 0012): what the alert scan needs beyond V2_0_3.

-- One row per alert period scanned, so the periodic scan does real work once per period and tenant
-- and a cheap lookup otherwise.
CREATE TABLE insights_alert_scan (
    grain         text NOT NULL CHECK (grain IN ('day', 'week', 'month', 'quarter')),
    period_start  date NOT NULL,
    scanned_at    timestamptz NOT NULL,
    PRIMARY KEY (grain, period_start)
);

-- Roles live in the identity provider, not in the tenant schema: the people who used insights as
-- hr-admin recently are who alerts are sent to (pruned after 90 days without a visit).
CREATE TABLE insights_alert_recipient (
    person_id   text PRIMARY KEY,
    last_seen   timestamptz NOT NULL
);
