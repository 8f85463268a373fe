-- Who issued each one-time set-password link, so that the audit names whoever really acted
-- (an operator issuing a link could otherwise set the admin's password in the admin's name).
ALTER TABLE activation_token ADD COLUMN issued_by text;

-- When the first admin activated. From then on no link is issued or honoured: recovery goes
-- through Keycloak's own reset-credentials flow by email, never through the platform operator.
ALTER TABLE tenant ADD COLUMN first_admin_activated_at timestamptz;

UPDATE tenant t SET first_admin_activated_at = used.at
FROM (SELECT tenant_id, min(used_at) AS at FROM activation_token WHERE used_at IS NOT NULL GROUP BY tenant_id) used
WHERE used.tenant_id = t.id;
