-- Writes made with a client's Idempotency-Key: a repeat of the request with the same key gets the
-- first result instead of a second write. The row is written in the write's own transaction, so a
-- write that rolls back leaves no key behind. Kept 24 hours.
CREATE TABLE idempotency_key (
    scope       text        NOT NULL,
    key         text        NOT NULL,
    fingerprint text        NOT NULL,
    result      text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_key_age_idx ON idempotency_key (created_at);
