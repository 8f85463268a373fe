package org.hugmenow.tenant.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.domain.Feature;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;
import org.hugmenow.tenant.entitlement.persistence.PlanStandingStore;

/**
 * The one entitlement check every module calls before a new use of a paid feature. Reading what
 * a tenant already has is never checked, so a downgrade never locks data away. Standings are
 * cached for a few seconds, as the issuer directory caches tenants: a payment takes effect on
 * every instance within that time.
 */
@ApplicationScoped
public class Entitlements {

    private static final long TTL_NANOS = 5_000_000_000L;

    @Inject
    PlanStandingStore store;

    Clock clock = Clock.systemUTC();

    private final Map<TenantSlug, Cached> cache = new ConcurrentHashMap<>();

    /** Refuses with "plan required" unless the tenant may newly use {@code feature} now. */
    public void require(TenantSlug tenant, Feature feature) {
        PlanStanding standing = standing(tenant);
        Instant now = clock.instant();
        if (standing.usablePlan(now).includes(feature.plan())) {
            return;
        }
        if (standing.plan().includes(feature.plan())) {
            throw Refusal.planRequired(feature.title() + " are read-only until this organization's overdue payment"
                    + " is made or its plan is renewed; what exists stays readable.", feature.plan().code());
        }
        throw Refusal.planRequired(feature.title() + " need the " + feature.plan().code() + " plan; this organization is on "
                + standing.plan().code() + ".", feature.plan().code());
    }

    public boolean allows(TenantSlug tenant, Feature feature) {
        return standing(tenant).usablePlan(clock.instant()).includes(feature.plan());
    }

    public PlanStanding standing(TenantSlug tenant) {
        long now = System.nanoTime();
        Cached cached = cache.get(tenant);
        if (cached != null && now - cached.loadedAt <= TTL_NANOS) {
            return cached.standing;
        }
        // A tenant missing from the registry has no paid features.
        PlanStanding standing = store.find(tenant).orElse(PlanStanding.unbilled(Plan.FREE));
        cache.put(tenant, new Cached(standing, now));
        return standing;
    }

    void forget(TenantSlug tenant) {
        cache.remove(tenant);
    }

    private record Cached(PlanStanding standing, long loadedAt) {
    }
}
