package org.hugmenow.platform.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.tenant.registry.domain.Tenant;
import org.hugmenow.tenant.registry.domain.TenantRepository;

/**
 * The registry as an allow-list of issuers, cached for a few seconds so that a suspension
 * takes effect quickly on every instance without a registry read per request.
 */
@ApplicationScoped
public class IssuerDirectory {

    private static final long TTL_NANOS = 5_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    @Inject
    TenantRepository tenants;

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public Optional<Tenant> tenantFor(String issuer) {
        long now = System.nanoTime();
        Entry entry = cache.get(issuer);
        if (entry == null || now - entry.loadedAt > TTL_NANOS) {
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            try {
                entry = new Entry(tenants.findByIssuer(issuer), now);
            } catch (RuntimeException registryDown) {
                if (entry == null) {
                    throw registryDown;
                }
                // Keep serving known tenants on the last answer while the database is away.
                return entry.tenant;
            }
            cache.put(issuer, entry);
        }
        return entry.tenant;
    }

    public void forget(String issuer) {
        cache.remove(issuer);
    }

    private record Entry(Optional<Tenant> tenant, long loadedAt) {
    }
}
