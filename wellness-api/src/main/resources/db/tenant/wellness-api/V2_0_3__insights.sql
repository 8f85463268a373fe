-- Team insights (ADR 0012). Only the insights feature reads or writes these tables; it never reads
-- mood_entry while answering a request. Rows are kept from outbox events; everything below
-- insights_settings can be rebuilt from the wellness and directory tables.

-- The tenant's anonymity and alert settings (one row; absent means the defaults).
CREATE TABLE insights_settings (
    id                    boolean PRIMARY KEY DEFAULT true CHECK (id),
    k                     integer NOT NULL CHECK (k >= 3),
    epsilon               double precision NOT NULL CHECK (epsilon > 0),
    time_zone             text NOT NULL,
    alert_drop            double precision NOT NULL CHECK (alert_drop > 0),
    alert_periods         integer NOT NULL CHECK (alert_periods >= 1),
    -- keys the person tags stored by the audit and the ledger; never leaves the schema
    secret                bytea NOT NULL,
    updated_at            timestamptz NOT NULL
);

-- Membership history, so a past period is measured with the people who were members then.
-- valid_to is exclusive; NULL while current. One open row per person.
CREATE TABLE insights_member (
    person_id   text NOT NULL,
    valid_from  date NOT NULL,
    valid_to    date,
    active      boolean NOT NULL,
    team_ids    uuid[] NOT NULL,
    department  text,
    location    text,
    manager_id  text,
    start_date  date,
    PRIMARY KEY (person_id, valid_from)
);
CREATE INDEX insights_member_current_idx ON insights_member (person_id) WHERE valid_to IS NULL;

CREATE TABLE insights_team (
    team_id    uuid PRIMARY KEY,
    parent_id  uuid,
    name       text NOT NULL,
    removed    boolean NOT NULL DEFAULT false
);

-- One row per check-in, without note or tags: what a rollup is rebuilt from.
CREATE TABLE insights_checkin (
    entry_id    uuid PRIMARY KEY,
    person_id   text NOT NULL,
    day         date NOT NULL,
    score       smallint NOT NULL,
    emotions    text[] NOT NULL,
    factors     jsonb NOT NULL
);
CREATE INDEX insights_checkin_person_day_idx ON insights_checkin (person_id, day);

-- Person × period: the unit every segment aggregate is summed from (one value per person and period).
CREATE TABLE insights_person_period (
    grain          text NOT NULL CHECK (grain IN ('day', 'week', 'month', 'quarter')),
    period_start   date NOT NULL,
    person_id      text NOT NULL,
    checkins       integer NOT NULL,
    score_sum      integer NOT NULL,
    emotions       text[] NOT NULL,
    factor_sums    jsonb NOT NULL,
    factor_counts  jsonb NOT NULL,
    PRIMARY KEY (grain, period_start, person_id)
);
-- A person's rows at once: resync after an erasure of their check-ins, erasure in insights.
CREATE INDEX insights_person_period_person_idx ON insights_person_period (person_id);

CREATE TABLE insights_hug_period (
    grain         text NOT NULL CHECK (grain IN ('day', 'week', 'month', 'quarter')),
    period_start  date NOT NULL,
    sender_id     text NOT NULL,
    recipient_id  text NOT NULL,
    hugs          integer NOT NULL,
    PRIMARY KEY (grain, period_start, sender_id, recipient_id)
);
-- A person's hugs either way: recount after an erasure of their hugs, erasure in insights.
CREATE INDEX insights_hug_period_sender_idx ON insights_hug_period (sender_id);
CREATE INDEX insights_hug_period_recipient_idx ON insights_hug_period (recipient_id);

-- Engine ports (domain ShownPopulations, ReleasedValues, PrivacyLedger). Person tags, never ids.
CREATE TABLE insights_shown_population (
    viewer        text NOT NULL,
    metric        text NOT NULL,
    period        text NOT NULL,
    -- SHA-256 of both tag arrays: one row per distinct population
    digest        bytea NOT NULL,
    member_tags       bigint[] NOT NULL,
    contributor_tags  bigint[] NOT NULL,
    shown_at      timestamptz NOT NULL,
    PRIMARY KEY (viewer, metric, period, digest)
);

CREATE TABLE insights_released_value (
    segment   text NOT NULL,
    metric    text NOT NULL,
    period    text NOT NULL,
    draw      jsonb NOT NULL,
    drawn_at  timestamptz NOT NULL,
    PRIMARY KEY (segment, metric, period)
);

CREATE TABLE insights_ledger (
    family    text NOT NULL,
    month     date NOT NULL,
    tag       bigint NOT NULL,
    releases  integer NOT NULL,
    PRIMARY KEY (family, month, tag)
);

CREATE TABLE insights_alert (
    id            uuid PRIMARY KEY,
    segment       text NOT NULL,
    period        text NOT NULL,
    drop_value    double precision NOT NULL,
    raised_at     timestamptz NOT NULL,
    UNIQUE (segment, period)
);

-- A tenant that had check-ins before insights existed needs its rollups built once. One outbox
-- event per schema asks for it (RollupBackfill): no start-up scan over every tenant, and the
-- rebuilds run in the background as the outbox reaches each tenant.
INSERT INTO outbox_event (id, type, payload) VALUES (gen_random_uuid(), 'wellness.insights-rebuild', '{}');
