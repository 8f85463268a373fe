-- The admin console's server-side sessions (ADR 0013). Shared by every instance, so any instance
-- serves any request and a sign-out, suspension or deactivation is seen by all at the next request.
-- The cookie holds only a random id; the row is keyed by its SHA-256. Tokens are AES-GCM sealed.
CREATE TABLE platform.console_session (
    id_hash          bytea PRIMARY KEY,
    tenant_id        uuid REFERENCES platform.tenant (id) ON DELETE CASCADE,
    issuer           text        NOT NULL,
    subject          text        NOT NULL,
    username         text        NOT NULL,
    roles            text        NOT NULL,
    tokens           bytea       NOT NULL,
    access_expires_at  timestamptz NOT NULL,
    refresh_expires_at timestamptz,
    created_at       timestamptz NOT NULL,
    last_seen_at     timestamptz NOT NULL
);
CREATE INDEX console_session_person ON platform.console_session (issuer, subject);
CREATE INDEX console_session_seen ON platform.console_session (last_seen_at);

-- Home-realm discovery: a work e-mail's domain names its tenant. One tenant per domain.
CREATE TABLE platform.console_sign_in_domain (
    domain     text PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES platform.tenant (id) ON DELETE CASCADE,
    set_by     text NOT NULL,
    set_at     timestamptz NOT NULL
);
CREATE INDEX console_sign_in_domain_tenant ON platform.console_sign_in_domain (tenant_id);
