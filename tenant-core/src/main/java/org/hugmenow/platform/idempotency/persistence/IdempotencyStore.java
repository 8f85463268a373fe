package org.hugmenow.platform.idempotency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.hugmenow.platform.db.Sql;

/** The tenant schema's {@code idempotency_key} table. */
@ApplicationScoped
public class IdempotencyStore {

    public record Stored(String fingerprint, String result) {
    }

    /**
     * Takes the key for this transaction; empty when it is new. A concurrent transaction holding
     * the same key makes this wait until it commits (then its row is returned) or rolls back (then
     * the key is taken here).
     */
    public Optional<Stored> claim(Connection c, String scope, String key, String fingerprint) throws SQLException {
        // Keys live a day; whoever writes with a key clears the tenant's expired ones (an index scan).
        Sql.update(c, "DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'");
        boolean taken = !Sql.list(c, "INSERT INTO idempotency_key (scope, key, fingerprint) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING RETURNING key", r -> r.getString(1), scope, key, fingerprint).isEmpty();
        if (taken) {
            return Optional.empty();
        }
        return Sql.one(c, "SELECT fingerprint, result FROM idempotency_key WHERE scope = ? AND key = ?",
                r -> new Stored(r.getString(1), r.getString(2)), scope, key);
    }

    public void remember(Connection c, String scope, String key, String result) throws SQLException {
        Sql.update(c, "UPDATE idempotency_key SET result = ? WHERE scope = ? AND key = ?", result, scope, key);
    }
}
