-- Transactional outbox (ADR 0003): written in the same transaction as the change it reports.
CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    type          text NOT NULL,
    payload       text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    available_at  timestamptz NOT NULL DEFAULT now(),
    attempts      integer NOT NULL DEFAULT 0,
    last_error    text,
    processed_at  timestamptz,
    parked        boolean NOT NULL DEFAULT false
);
CREATE INDEX outbox_event_due_idx ON outbox_event (available_at) WHERE processed_at IS NULL AND NOT parked;
