-- Enterprise sign-in (ADR 0019): the company identity providers each tenant connected. Keycloak
-- holds the live broker configuration; this is the record it is rebuilt from, with the client
-- secret sealed (AES-GCM) and what the last check of the metadata found.
CREATE TABLE platform.sign_in_provider (
    tenant_id        uuid NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    alias            text NOT NULL,
    id               uuid NOT NULL UNIQUE,
    display_name     text NOT NULL,
    protocol         text NOT NULL CHECK (protocol IN ('oidc', 'saml')),
    vendor           text NOT NULL,
    policy           text NOT NULL CHECK (policy IN ('directory', 'just-in-time')),
    enabled          boolean NOT NULL,
    source_url       text,
    metadata_xml     text,
    client_id        text,
    client_secret    bytea,
    mapping          text NOT NULL,
    checked          text NOT NULL,
    first_expiry     timestamptz,
    checked_at       timestamptz NOT NULL,
    check_error      text,
    refresh_claimed_until timestamptz,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, alias)
);
CREATE INDEX sign_in_provider_checked ON platform.sign_in_provider (checked_at);

-- Whether password sign-in is off for the tenant, and who may still use it.
CREATE TABLE platform.sign_in_enforcement (
    tenant_id     uuid PRIMARY KEY REFERENCES platform.tenant (id) ON DELETE CASCADE,
    enforced      boolean NOT NULL,
    break_glass   text NOT NULL,
    set_by        text NOT NULL,
    set_at        timestamptz NOT NULL
);

-- A sign-in domain may lead straight to one of the tenant's providers (kc_idp_hint).
ALTER TABLE platform.console_sign_in_domain ADD COLUMN provider_alias text;
