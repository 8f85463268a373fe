-- tenant-core owns version band 1.x of the tenant schema (ADR 0001).
CREATE TABLE tenant_setting (
    setting_key  text PRIMARY KEY,
    value        text NOT NULL,
    updated_by   text NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);
