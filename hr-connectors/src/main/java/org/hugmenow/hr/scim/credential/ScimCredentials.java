package org.hugmenow.hr.scim.credential;

import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Feature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.hr.scim.persistence.ScimCredentialRecord;
import org.hugmenow.hr.scim.persistence.ScimCredentialRecord.Kind;
import org.hugmenow.hr.scim.persistence.ScimCredentialStore;
import org.hugmenow.platform.db.TenantData;
import org.hugmenow.tenant.audit.application.SecurityAudit;
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

    @Inject TenantData data;
    @Inject TenantRepository tenants;
    @Inject ScimCredentialStore store;
    @Inject SecurityAudit audit;
    @Inject Entitlements entitlements;

    /** When this instance last wrote each credential's {@code last_used_at}. */
    private final Map<UUID, Long> touched = new ConcurrentHashMap<>();

    /** A fresh secret: for a token, {@code secret} is the whole token and {@code clientId} is null. */
    public record Issued(UUID id, Kind kind, String label, String clientId, String secret) {
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
        entitlements.require(tenant, Feature.SCIM);
        Issued issued = fresh(tenant, UUID.randomUUID(), kind, label, kind == Kind.BASIC ? ScimSecrets.newClientId(tenant) : null);
        data.inConnection(tenant, c -> {
            store.insert(c, issued.id(), kind, label, issued.clientId(), ScimSecrets.hash(issued.secret()), by);
            audit.record(c, by, "scim-credential.created", kind.name().toLowerCase(java.util.Locale.ROOT) + " " + label);
            return null;
        });
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
            Optional<ScimCredentialRecord> current = store.lockActive(c, id);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Issued issued = fresh(tenant, id, current.get().kind(), current.get().label(), current.get().clientId());
            store.replaceSecret(c, id, ScimSecrets.hash(issued.secret()), by);
            audit.record(c, by, "scim-credential.rotated", current.get().label());
            return Optional.of(issued);
        });
    }

    /** False for an unknown credential; revoking twice keeps the first revocation time. */
    public boolean revoke(TenantSlug tenant, UUID id, String by) {
        touched.remove(id);
        return data.inConnection(tenant, c -> {
            boolean revoked = store.revoke(c, id);
            if (revoked) {
                audit.record(c, by, "scim-credential.revoked", id.toString());
            }
            return revoked;
        });
    }

    public List<ScimCredentialRecord> list(TenantSlug tenant) {
        return data.inConnection(tenant, store::list);
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
            Optional<ScimCredentialStore.Match> stored = store.findActive(c, hash, kind);
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
        store.touch(c, id);
    }

    private static Issued fresh(TenantSlug tenant, UUID id, Kind kind, String label, String clientId) {
        String secret = kind == Kind.TOKEN ? ScimSecrets.newToken(tenant) : ScimSecrets.newSecret();
        return new Issued(id, kind, label, clientId, secret);
    }
}
