package org.hugmenow.hr.scim.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.hr.scim.persistence.ScimCredentialRecord.Kind;
import org.hugmenow.platform.db.Sql;

/** SQL for SCIM credentials; secrets are stored only as their SHA-256 hashes. */
@ApplicationScoped
public class ScimCredentialStore {

    private static final String COLUMNS = "id, kind, label, client_id, created_by, created_at, last_used_at, revoked_at";

    /** An unrevoked credential found by its secret's hash. */
    public record Match(UUID id, String label, String clientId, byte[] hash) {
    }

    public void insert(Connection c, UUID id, Kind kind, String label, String clientId, byte[] hash, String by) throws SQLException {
        Sql.update(c, "INSERT INTO scim_credential (id, kind, label, client_id, secret_hash, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, kind, label, clientId, hash, by);
    }

    /** The unrevoked credential, locked for a rotation. */
    public Optional<ScimCredentialRecord> lockActive(Connection c, UUID id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM scim_credential WHERE id = ? AND revoked_at IS NULL"
                + " FOR UPDATE", ScimCredentialStore::record, id);
    }

    /** A new secret: creation time and author describe it, and last use starts afresh. */
    public void replaceSecret(Connection c, UUID id, byte[] hash, String by) throws SQLException {
        Sql.update(c, "UPDATE scim_credential SET secret_hash = ?, created_by = ?, created_at = now(), last_used_at = NULL"
                + " WHERE id = ?", hash, by, id);
    }

    /** False for an unknown credential; revoking twice keeps the first revocation time. */
    public boolean revoke(Connection c, UUID id) throws SQLException {
        return Sql.update(c, "UPDATE scim_credential SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?", id) == 1;
    }

    public List<ScimCredentialRecord> list(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM scim_credential ORDER BY created_at DESC, id", ScimCredentialStore::record);
    }

    public Optional<Match> findActive(Connection c, byte[] hash, Kind kind) throws SQLException {
        return Sql.one(c, "SELECT id, label, client_id, secret_hash FROM scim_credential"
                + " WHERE secret_hash = ? AND kind = ? AND revoked_at IS NULL",
                r -> new Match(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getBytes(4)), hash, kind);
    }

    public void touch(Connection c, UUID id) throws SQLException {
        Sql.update(c, "UPDATE scim_credential SET last_used_at = now() WHERE id = ?", id);
    }

    private static ScimCredentialRecord record(ResultSet r) throws SQLException {
        return new ScimCredentialRecord(r.getObject("id", UUID.class), Kind.valueOf(r.getString("kind").toUpperCase(Locale.ROOT)),
                r.getString("label"), r.getString("client_id"), r.getString("created_by"), Sql.instant(r, "created_at"),
                Sql.instant(r, "last_used_at"), Sql.instant(r, "revoked_at"));
    }
}
