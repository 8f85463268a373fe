-- Security-relevant actions of the tenant's admins, for IT: who (username), what, when.
-- Written in the same transaction as the action. Never tokens, secrets or mood data.
CREATE TABLE security_audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text
);
CREATE INDEX security_audit_at_idx ON security_audit (at DESC, id DESC);
