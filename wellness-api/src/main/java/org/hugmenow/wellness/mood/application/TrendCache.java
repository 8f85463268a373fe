package org.hugmenow.wellness.mood.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.wellness.mood.domain.Trends;

/**
 * Computed trends per person, filed under the person's mood stamp (bumped in the same
 * transaction as every change to their check-ins). A reader on any instance reads the stamp
 * first, so it never serves trends older than the data, with no signal between instances.
 */
@ApplicationScoped
public class TrendCache {

    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, Cached> entries = new ConcurrentHashMap<>();

    private record Cached(long stamp, Trends trends) {
    }

    Trends find(TenantSlug tenant, String personId, LocalDate from, LocalDate to, long stamp) {
        Cached hit = entries.get(key(tenant, personId, from, to));
        return hit != null && hit.stamp() == stamp ? hit.trends() : null;
    }

    void keep(TenantSlug tenant, String personId, LocalDate from, LocalDate to, long stamp, Trends trends) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.merge(key(tenant, personId, from, to), new Cached(stamp, trends), (old, now) -> now.stamp() >= old.stamp() ? now : old);
    }

    private static String key(TenantSlug tenant, String personId, LocalDate from, LocalDate to) {
        return tenant.value() + "/" + personId + "/" + from + "/" + to;
    }
}
