package org.hugmenow.platform.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.platform.tenancy.TenantRepository;

/**
 * The registry as an allow-list of issuers, cached for a few seconds so that a suspension
 * takes effect quickly on every instance without a registry read per request.
 */
@ApplicationScoped
public class IssuerDirectory {

    private static final long TTL_NANOS = 5_000_000_000L;
    private static final long MAX_STALE_NANOS = 60_000_000_000L;
    private static final int MAX_UNKNOWN = 10_000;

    @Inject
    TenantRepository tenants;

    private final Map<String, Entry> known = new ConcurrentHashMap<>();
    private final Map<String, Entry> unknown = new ConcurrentHashMap<>();

    public Optional<Tenant> tenantFor(String issuer) {
        long now = System.nanoTime();
        Entry entry = known.containsKey(issuer) ? known.get(issuer) : unknown.get(issuer);
        if (entry != null && now - entry.loadedAt <= TTL_NANOS) {
            return entry.tenant;
        }
        try {
            entry = new Entry(tenants.findByIssuer(issuer), now);
        } catch (RuntimeException registryDown) {
            if (entry == null || now - entry.loadedAt > MAX_STALE_NANOS) {
                throw registryDown;
            }
            // Serve the last answer for a short while the database is away.
            return entry.tenant;
        }
        if (entry.tenant.isPresent()) {
            known.put(issuer, entry);
            unknown.remove(issuer);
        } else {
            // Forged issuers cannot push real tenants out: only the unknown side is ever cleared.
            if (unknown.size() >= MAX_UNKNOWN) {
                unknown.clear();
            }
            unknown.put(issuer, entry);
            known.remove(issuer);
        }
        return entry.tenant;
    }

    private record Entry(Optional<Tenant> tenant, long loadedAt) {
    }
}
