-- HR-system syncs (issue 3): connections with encrypted settings, which source owns which
-- directory attribute, and runs whose stored plan makes them resumable after a crash.

CREATE TABLE hr_connection (
    id                   uuid PRIMARY KEY,
    connector            text NOT NULL,
    label                text NOT NULL,
    -- AES-256-GCM over the JSON settings map; the key is derived per tenant and the tenant and
    -- connection are bound in, so a copied ciphertext does not decrypt elsewhere.
    settings_cipher      bytea NOT NULL,
    -- Only the names, so listing connections never needs the key; never the values.
    setting_names        text[] NOT NULL DEFAULT '{}',
    -- NULL: runs only on demand.
    schedule_minutes     int CHECK (schedule_minutes > 0),
    max_deactivate_share numeric NOT NULL DEFAULT 0.10 CHECK (max_deactivate_share BETWEEN 0 AND 1),
    enabled              boolean NOT NULL DEFAULT true,
    next_run_at          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hr_connection_due_idx ON hr_connection (next_run_at) WHERE enabled AND schedule_minutes IS NOT NULL;

-- The HR connection that manages a person: a tenant may sync several HR systems, and a full
-- run of one must never deactivate the people of another. Deleting the connection releases
-- its people (NULL), so a replacement connection adopts them by their hr_key.
ALTER TABLE person ADD COLUMN hr_connection_id uuid REFERENCES hr_connection (id) ON DELETE SET NULL;
CREATE INDEX person_hr_connection_idx ON person (hr_connection_id) WHERE hr_key IS NOT NULL;
CREATE INDEX person_email_idx ON person (lower(email));
CREATE INDEX team_name_idx ON team (name);

-- Which source owns an attribute ('email', 'department', ...). No row: whoever writes it owns it.
CREATE TABLE directory_attribute_owner (
    attribute text PRIMARY KEY,
    owner     text NOT NULL CHECK (owner = 'scim' OR owner LIKE 'hr:%')
);

CREATE TABLE sync_run (
    id              uuid PRIMARY KEY,
    connection_id   uuid NOT NULL REFERENCES hr_connection (id) ON DELETE CASCADE,
    mode            text NOT NULL CHECK (mode IN ('full', 'incremental')),
    dry_run         boolean NOT NULL,
    status          text NOT NULL CHECK (status IN ('fetching', 'planned', 'awaiting_confirmation', 'applying',
                                                    'succeeded', 'failed', 'cancelled')),
    creates         int NOT NULL DEFAULT 0,
    updates         int NOT NULL DEFAULT 0,
    deactivations   int NOT NULL DEFAULT 0,
    rekeys          int NOT NULL DEFAULT 0,
    moves           int NOT NULL DEFAULT 0,
    manager_changes int NOT NULL DEFAULT 0,
    conflicts       int NOT NULL DEFAULT 0,
    skipped         int NOT NULL DEFAULT 0,
    errors          int NOT NULL DEFAULT 0,
    total           int NOT NULL DEFAULT 0,
    applied         int NOT NULL DEFAULT 0,
    triggered_by    text NOT NULL,
    confirmed_by    text,
    -- Why a run waits for confirmation, or who cancelled it.
    note            text,
    failure         text,
    started_at      timestamptz NOT NULL DEFAULT now(),
    -- Refreshed while an instance works on the run; a stale one means that instance is gone.
    heartbeat_at    timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz
);
CREATE INDEX sync_run_connection_idx ON sync_run (connection_id, started_at DESC);
CREATE INDEX sync_run_started_idx ON sync_run (started_at DESC);
CREATE INDEX sync_run_working_idx ON sync_run (heartbeat_at) WHERE status IN ('fetching', 'applying');
CREATE INDEX sync_run_finished_idx ON sync_run (finished_at);
-- One run per connection at a time: starting a second one does nothing (INSERT ... ON CONFLICT),
-- however many instances try. A dry run's finished plan ('planned') does not hold the connection.
CREATE UNIQUE INDEX sync_run_one_at_a_time ON sync_run (connection_id)
    WHERE status IN ('fetching', 'awaiting_confirmation', 'applying') OR (status = 'planned' AND NOT dry_run);

-- The stored plan: each change holds everything needed to apply it, so a run can be confirmed
-- later or resumed on another instance without fetching again.
CREATE TABLE sync_run_change (
    run_id      uuid NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    seq         int NOT NULL,
    external_id text NOT NULL,
    kind        text NOT NULL CHECK (kind IN ('create', 'update', 'deactivate', 'rekey')),
    change      jsonb NOT NULL,
    applied_at  timestamptz,
    error       text,
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX sync_run_change_pending_idx ON sync_run_change (run_id, seq) WHERE applied_at IS NULL AND error IS NULL;

-- Skipped source records, conflicts and per-record apply errors. reference is the source's key
-- or a line number, never other personal data.
CREATE TABLE sync_run_issue (
    run_id    uuid NOT NULL REFERENCES sync_run (id) ON DELETE CASCADE,
    seq       int NOT NULL,
    kind      text NOT NULL CHECK (kind IN ('skipped', 'conflict', 'error')),
    reference text,
    attribute text,
    detail    text NOT NULL,
    PRIMARY KEY (run_id, seq)
);

-- Writes a source attempted on an attribute another source owns, from SCIM and HR runs alike.
CREATE TABLE directory_conflict (
    id             uuid PRIMARY KEY,
    source         text NOT NULL,
    person_id      text NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    attribute      text NOT NULL,
    current_value  text,
    proposed_value text,
    owner          text NOT NULL,
    run_id         uuid REFERENCES sync_run (id) ON DELETE SET NULL,
    seen_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_conflict_key_idx ON directory_conflict (source, person_id, attribute);
CREATE INDEX directory_conflict_seen_idx ON directory_conflict (seen_at DESC);
