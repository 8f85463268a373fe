CREATE TABLE tenant (
    id            uuid PRIMARY KEY,
    slug          text NOT NULL UNIQUE,
    name          text NOT NULL,
    status        text NOT NULL CHECK (status IN ('provisioning', 'active', 'suspended', 'offboarding', 'deleted')),
    plan          text NOT NULL,
    keycloak_url  text NOT NULL,
    realm         text NOT NULL,
    issuer        text NOT NULL UNIQUE,
    last_error    text,
    admin_username   text,
    admin_email      text,
    admin_first_name text,
    admin_last_name  text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX tenant_status_idx ON tenant (status);

-- Provisioning and offboarding record each finished step, so a retry resumes where it stopped.
CREATE TABLE tenant_step (
    tenant_id     uuid NOT NULL REFERENCES tenant (id),
    step          text NOT NULL,
    completed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, step)
);

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    tenant_id    uuid,
    tenant_slug  text,
    action       text NOT NULL,
    actor        text NOT NULL,
    detail       text,
    at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_tenant_idx ON audit_log (tenant_id, at);

-- One-time set-password links for a new tenant's first HR admin; only the hash is kept.
CREATE TABLE activation_token (
    token_hash   text PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant (id),
    username     text NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz
);

-- Applied versions of every tenant schema in one call (see SchemaMigrator).
CREATE FUNCTION tenant_schema_versions() RETURNS TABLE (schema_name text, versions text[])
LANGUAGE plpgsql STABLE AS $$
DECLARE
    s text;
BEGIN
    FOR s IN
        SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relname = 'flyway_schema_history' AND n.nspname LIKE 'tenant\_%'
    LOOP
        RETURN QUERY EXECUTE format(
            'SELECT %L::text, coalesce(array_agg(version), ''{}'')::text[] FROM %I.flyway_schema_history WHERE success AND version IS NOT NULL',
            s, s);
    END LOOP;
END;
$$;
