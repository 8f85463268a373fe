-- Directory attributes written by SCIM and the HR connectors, and the SCIM view of people
-- and teams. A provisioned person's id is also their SCIM id and their Keycloak user id.
ALTER TABLE person
    ADD COLUMN external_id      text,
    ADD COLUMN email            text,
    ADD COLUMN given_name       text,
    ADD COLUMN family_name      text,
    ADD COLUMN title            text,
    ADD COLUMN employee_number  text,
    ADD COLUMN department       text,
    ADD COLUMN cost_center      text,
    ADD COLUMN location         text,
    ADD COLUMN start_date       date,
    ADD COLUMN manager_id       text REFERENCES person (id) ON DELETE SET NULL,
    ADD COLUMN hr_key           text,
    -- The SCIM resource as the client last wrote it, so attributes we do not model survive.
    ADD COLUMN scim             jsonb,
    ADD COLUMN version          bigint NOT NULL DEFAULT 1,
    -- Set when SCIM deleted the person under a keep-data policy: gone for SCIM, kept inactive here.
    ADD COLUMN deprovisioned_at timestamptz,
    -- Identity-provider sync: the realm user must be created (idp_created false) or updated.
    ADD COLUMN idp_pending      boolean NOT NULL DEFAULT false,
    ADD COLUMN idp_created      boolean NOT NULL DEFAULT false;
CREATE INDEX person_idp_pending_idx ON person (id) WHERE idp_pending;
CREATE UNIQUE INDEX person_username_uq ON person (lower(username));
CREATE UNIQUE INDEX person_external_id_uq ON person (external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX person_hr_key_uq ON person (hr_key) WHERE hr_key IS NOT NULL;
CREATE INDEX person_manager_idx ON person (manager_id);

ALTER TABLE team
    ADD COLUMN external_id  text,
    ADD COLUMN scim         jsonb,
    ADD COLUMN version      bigint NOT NULL DEFAULT 1,
    ADD COLUMN updated_at   timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX team_external_id_uq ON team (external_id) WHERE external_id IS NOT NULL;

-- SCIM credentials: bearer tokens and Basic client secrets, stored only as SHA-256 hashes of
-- 256-bit random secrets (a slow hash adds nothing at that entropy).
CREATE TABLE scim_credential (
    id           uuid PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('token', 'basic')),
    label        text NOT NULL,
    client_id    text UNIQUE,
    secret_hash  bytea NOT NULL UNIQUE,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
