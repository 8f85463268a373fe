-- wellness-api owns version band 2.x of the tenant schema (ADR 0001).
CREATE TABLE wellness_profile (
    person_id        text PRIMARY KEY,
    display_name     text,
    pseudonym        text,
    use_pseudonym    boolean NOT NULL DEFAULT false,
    default_sharing  text NOT NULL DEFAULT 'none',
    time_zone        text,
    country          text,
    quiet_start      time,
    quiet_end        time,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mood_entry (
    id           uuid PRIMARY KEY,
    person_id    text NOT NULL,
    score        smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    emotions     text[] NOT NULL,
    note_cipher  bytea,
    tags         text[] NOT NULL,
    recorded_at  timestamptz NOT NULL,
    local_date   date NOT NULL,
    time_zone    text NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX mood_entry_person_time_idx ON mood_entry (person_id, recorded_at DESC, id DESC);
CREATE INDEX mood_entry_person_date_idx ON mood_entry (person_id, local_date);

CREATE TABLE mood_factor (
    entry_id    uuid NOT NULL REFERENCES mood_entry (id) ON DELETE CASCADE,
    factor_key  text NOT NULL,
    value       double precision NOT NULL,
    PRIMARY KEY (entry_id, factor_key)
);

-- owner_id NULL: defined by the tenant for everyone.
CREATE TABLE factor_definition (
    id        uuid PRIMARY KEY,
    owner_id  text,
    key       text NOT NULL,
    label     text NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('number', 'scale', 'yesno'))
);
CREATE UNIQUE INDEX factor_definition_key_idx ON factor_definition (coalesce(owner_id, ''), key);

CREATE TABLE custom_emotion (
    owner_id      text NOT NULL,
    name          text NOT NULL,
    energy        smallint NOT NULL CHECK (energy BETWEEN -2 AND 2),
    pleasantness  smallint NOT NULL CHECK (pleasantness BETWEEN -2 AND 2),
    PRIMARY KEY (owner_id, name)
);

CREATE TABLE streak_milestone (
    person_id   text NOT NULL,
    days        integer NOT NULL,
    reached_at  timestamptz NOT NULL,
    PRIMARY KEY (person_id, days)
);

CREATE TABLE hug_type (
    key      text PRIMARY KEY,
    label    text NOT NULL,
    meaning  text NOT NULL
);

CREATE TABLE hug_request (
    id            uuid PRIMARY KEY,
    requester_id  text NOT NULL,
    message       text,
    status        text NOT NULL CHECK (status IN ('open', 'answered', 'closed')),
    created_at    timestamptz NOT NULL
);
CREATE INDEX hug_request_requester_idx ON hug_request (requester_id, created_at DESC);

CREATE TABLE hug (
    id            uuid PRIMARY KEY,
    sender_id     text NOT NULL,
    recipient_id  text NOT NULL,
    type          text NOT NULL,
    message       text,
    group_id      uuid,
    request_id    uuid REFERENCES hug_request (id) ON DELETE SET NULL,
    status        text NOT NULL CHECK (status IN ('scheduled', 'delivered', 'cancelled')),
    deliver_at    timestamptz NOT NULL,
    delivered_at  timestamptz,
    hidden        boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);
CREATE INDEX hug_sender_idx ON hug (sender_id, created_at DESC, id DESC);
CREATE INDEX hug_recipient_idx ON hug (recipient_id, delivered_at DESC, id DESC);

CREATE TABLE hug_request_recipient (
    request_id      uuid NOT NULL REFERENCES hug_request (id) ON DELETE CASCADE,
    recipient_id    text NOT NULL,
    answered_hug_id uuid,
    PRIMARY KEY (request_id, recipient_id)
);
CREATE INDEX hug_request_recipient_idx ON hug_request_recipient (recipient_id);

CREATE TABLE hug_report (
    id           uuid PRIMARY KEY,
    hug_id       uuid NOT NULL REFERENCES hug (id) ON DELETE CASCADE,
    reporter_id  text NOT NULL,
    reason       text NOT NULL,
    created_at   timestamptz NOT NULL
);

CREATE TABLE person_block (
    person_id  text NOT NULL,
    other_id   text NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('block', 'mute')),
    PRIMARY KEY (person_id, other_id)
);

-- requester_sharing: what the requester lets the addressee see; addressee_sharing the reverse.
CREATE TABLE connection (
    id                 uuid PRIMARY KEY,
    requester_id       text NOT NULL,
    addressee_id       text NOT NULL,
    status             text NOT NULL CHECK (status IN ('pending', 'accepted')),
    requester_sharing  text NOT NULL,
    addressee_sharing  text NOT NULL,
    created_at         timestamptz NOT NULL,
    responded_at       timestamptz
);
CREATE UNIQUE INDEX connection_pair_idx ON connection (least(requester_id, addressee_id), greatest(requester_id, addressee_id));
CREATE INDEX connection_addressee_idx ON connection (addressee_id);
CREATE INDEX connection_requester_idx ON connection (requester_id);

CREATE TABLE notification (
    id          uuid PRIMARY KEY,
    person_id   text NOT NULL,
    type        text NOT NULL,
    event_id    uuid NOT NULL UNIQUE,
    payload     text NOT NULL,
    created_at  timestamptz NOT NULL,
    read_at     timestamptz
);
CREATE INDEX notification_person_idx ON notification (person_id, created_at DESC, id DESC);

CREATE TABLE notification_preference (
    person_id  text NOT NULL,
    type       text NOT NULL,
    enabled    boolean NOT NULL,
    PRIMARY KEY (person_id, type)
);

CREATE TABLE content_item (
    id       uuid PRIMARY KEY,
    kind     text NOT NULL CHECK (kind IN ('breathing', 'gratitude', 'movement', 'sleep')),
    title    text NOT NULL,
    summary  text NOT NULL,
    body     text NOT NULL,
    minutes  integer NOT NULL
);
