-- A tenant as a Stripe customer and the state of its subscription as last learned from Stripe.
-- state_version is the creation time (unix seconds) of the Stripe event the subscription state came
-- from: an older event never overwrites a newer state (webhooks arrive in any order).
CREATE TABLE billing_account (
    tenant_id              uuid PRIMARY KEY REFERENCES tenant (id),
    stripe_customer_id     text UNIQUE,
    subscription_id        text,
    subscription_item_id   text,
    subscription_status    text,
    price_id               text,
    plan                   text,
    billing_interval       text,
    quantity               integer,
    unit_amount            bigint,
    currency               text,
    canceled_at            timestamptz,
    current_period_end     timestamptz,
    cancel_at_period_end   boolean NOT NULL DEFAULT false,
    trial_ends_at          timestamptz,
    trial_ending_notice_at timestamptz,
    past_due_since         timestamptz,
    state_version          bigint NOT NULL DEFAULT 0,
    seats_changed_at       timestamptz,
    seat_attempts          integer NOT NULL DEFAULT 0,
    seat_retry_at          timestamptz,
    seat_error             text,
    updated_at             timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX billing_account_seats_idx ON billing_account (seats_changed_at) WHERE seats_changed_at IS NOT NULL;

-- Every Stripe event applied or knowingly ignored, so a redelivery changes nothing.
CREATE TABLE stripe_event (
    id          text PRIMARY KEY,
    type        text NOT NULL,
    tenant_id   uuid,
    outcome     text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stripe_event_received_idx ON stripe_event (received_at);

CREATE TABLE billing_invoice (
    id            text PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    number        text,
    status        text NOT NULL,
    amount_due    bigint NOT NULL,
    amount_paid   bigint NOT NULL,
    currency      text NOT NULL,
    period_start  timestamptz,
    period_end    timestamptz,
    created_at    timestamptz NOT NULL,
    hosted_url    text,
    pdf_url       text,
    state_version bigint NOT NULL
);
CREATE INDEX billing_invoice_tenant_idx ON billing_invoice (tenant_id, created_at DESC);

-- What seat syncs and the nightly reconciliation changed, for finance and the operator.
CREATE TABLE billing_seat_change (
    id         bigserial PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenant (id),
    at         timestamptz NOT NULL DEFAULT now(),
    from_seats integer,
    to_seats   integer NOT NULL,
    reason     text NOT NULL
);
CREATE INDEX billing_seat_change_tenant_idx ON billing_seat_change (tenant_id, at);

-- Active people by cost centre and department, the last count of each month: finance's seat export.
-- Only how many were provisioned; never who used the product, how often, or anything they recorded.
CREATE TABLE billing_seat_month (
    tenant_id   uuid NOT NULL REFERENCES tenant (id),
    month       date NOT NULL,
    cost_center text NOT NULL,
    department  text NOT NULL,
    seats       integer NOT NULL,
    counted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, month, cost_center, department)
);
