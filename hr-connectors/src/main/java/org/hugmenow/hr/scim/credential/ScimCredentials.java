package org.hugmenow.hr.scim.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.db.Sql;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * SCIM bearer tokens and Basic clients of a tenant, kept as SHA-256 hashes in its schema. A
 * secret is shown once, when issued or rotated. Verification reads the database every time, so a
 * revoked or rotated secret stops working at once on every instance.
 */
@ApplicationScoped
public class ScimCredentials {

    private static final long TOUCH_EVERY_NANOS = 60_000_000_000L;
    private static final String COLUMNS = "id, kind, label, client_id, created_by, created_at, last_used_at, revoked_at";

    @Inject TenantData data;
    @Inject TenantRepository tenants;

    /** When this instance last wrote each credential's {@code last_used_at}. */
    private final Map<UUID, Long> touched = new ConcurrentHashMap<>();

    public enum Kind { TOKEN, BASIC }

    /** A fresh secret: for a token, {@code secret} is the whole token and {@code clientId} is null. */
    public record Issued(UUID id, Kind kind, String label, String clientId, String secret) {
    }

    public record Summary(UUID id, Kind kind, String label, String clientId, String createdBy, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {
    }

    public record CredentialMatch(Tenant tenant, UUID id, String label) {
    }

    public Issued issueToken(TenantSlug tenant, String label, String by) {
        return issue(tenant, Kind.TOKEN, label, by);
    }

    public Issued issueBasic(TenantSlug tenant, String label, String by) {
        return issue(tenant, Kind.BASIC, label, by);
    }

    private Issued issue(TenantSlug tenant, Kind kind, String label, String by) {
        Issued issued = fresh(tenant, UUID.randomUUID(), kind, label, kind == Kind.BASIC ? ScimSecrets.newClientId(tenant) : null);
        data.inConnection(tenant, c -> Sql.update(c, "INSERT INTO scim_credential (id, kind, label, client_id, secret_hash, created_by)"
                + " VALUES (?, ?, ?, ?, ?, ?)", issued.id(), kind, label, issued.clientId(), ScimSecrets.hash(issued.secret()), by));
        return issued;
    }

    /**
     * A new secret for the same credential (same id, kind and client id); the old secret stops
     * working when this commits. Creation time and author then describe the current secret, and
     * last use starts afresh, so an admin can see whether the client picked the new one up.
     * Empty for an unknown or revoked credential.
     */
    public Optional<Issued> rotate(TenantSlug tenant, UUID id, String by) {
        touched.remove(id);
        return data.inConnection(tenant, c -> {
            Optional<Summary> current = Sql.one(c, "SELECT " + COLUMNS + " FROM scim_credential WHERE id = ? AND revoked_at IS NULL"
                    + " FOR UPDATE", ScimCredentials::summary, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Issued issued = fresh(tenant, id, current.get().kind(), current.get().label(), current.get().clientId());
            Sql.update(c, "UPDATE scim_credential SET secret_hash = ?, created_by = ?, created_at = now(), last_used_at = NULL"
                    + " WHERE id = ?", ScimSecrets.hash(issued.secret()), by, id);
            return Optional.of(issued);
        });
    }

    /** False for an unknown credential; revoking twice keeps the first revocation time. */
    public boolean revoke(TenantSlug tenant, UUID id) {
        touched.remove(id);
        return data.inConnection(tenant, c -> Sql.update(c,
                "UPDATE scim_credential SET revoked_at = coalesce(revoked_at, now()) WHERE id = ?", id)) == 1;
    }

    public List<Summary> list(TenantSlug tenant) {
        return data.inConnection(tenant, c -> Sql.list(c, "SELECT " + COLUMNS + " FROM scim_credential ORDER BY created_at DESC, id",
                ScimCredentials::summary));
    }

    public Optional<CredentialMatch> verifyToken(String token) {
        Optional<TenantSlug> tenant = ScimSecrets.tokenTenant(token);
        return tenant.isEmpty() ? Optional.empty() : match(tenant.get(), Kind.TOKEN, null, ScimSecrets.hash(token));
    }

    public Optional<CredentialMatch> verifyBasic(String clientId, String secret) {
        Optional<TenantSlug> tenant = ScimSecrets.clientTenant(clientId);
        if (tenant.isEmpty() || !ScimSecrets.isSecret(secret)) {
            return Optional.empty();
        }
        return match(tenant.get(), Kind.BASIC, clientId, ScimSecrets.hash(secret));
    }

    private Optional<CredentialMatch> match(TenantSlug slug, Kind kind, String clientId, byte[] hash) {
        Optional<Tenant> tenant = tenants.findBySlug(slug).filter(Tenant::serves);
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        return data.inConnection(slug, c -> {
            Optional<Stored> stored = Sql.one(c, "SELECT id, label, client_id, secret_hash FROM scim_credential"
                    + " WHERE secret_hash = ? AND kind = ? AND revoked_at IS NULL",
                    r -> new Stored(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getBytes(4)), hash, kind);
            if (stored.isEmpty() || !MessageDigest.isEqual(stored.get().hash(), hash)
                    || !Objects.equals(stored.get().clientId(), clientId)) {
                return Optional.empty();
            }
            touch(c, stored.get().id());
            return Optional.of(new CredentialMatch(tenant.get(), stored.get().id(), stored.get().label()));
        });
    }

    /** Last use is for admins reviewing credentials: minute precision, not a write per request. */
    private void touch(Connection c, UUID id) throws SQLException {
        long now = System.nanoTime();
        Long last = touched.get(id);
        if (last != null && now - last < TOUCH_EVERY_NANOS) {
            return;
        }
        touched.put(id, now);
        Sql.update(c, "UPDATE scim_credential SET last_used_at = now() WHERE id = ?", id);
    }

    private static Issued fresh(TenantSlug tenant, UUID id, Kind kind, String label, String clientId) {
        String secret = kind == Kind.TOKEN ? ScimSecrets.newToken(tenant) : ScimSecrets.newSecret();
        return new Issued(id, kind, label, clientId, secret);
    }

    private static Summary summary(ResultSet r) throws SQLException {
        return new Summary(r.getObject("id", UUID.class), Kind.valueOf(r.getString("kind").toUpperCase(Locale.ROOT)),
                r.getString("label"), r.getString("client_id"), r.getString("created_by"), Sql.instant(r, "created_at"),
                Sql.instant(r, "last_used_at"), Sql.instant(r, "revoked_at"));
    }

    private record Stored(UUID id, String label, String clientId, byte[] hash) {
    }
}
