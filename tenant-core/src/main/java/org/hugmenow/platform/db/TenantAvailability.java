package org.hugmenow.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hugmenow.platform.tenancy.TenantSlug;

/** Tenants this instance cannot serve, such as those whose schema migration failed, and why. */
@ApplicationScoped
public class TenantAvailability {

    private final Map<String, String> unavailable = new ConcurrentHashMap<>();
    private volatile boolean migrationsDone;

    public void markUnavailable(TenantSlug tenant, String reason) {
        unavailable.put(tenant.value(), reason);
    }

    public void markAvailable(TenantSlug tenant) {
        unavailable.remove(tenant.value());
    }

    public boolean isAvailable(TenantSlug tenant) {
        return !unavailable.containsKey(tenant.value());
    }

    public Map<String, String> unavailable() {
        return Map.copyOf(unavailable);
    }

    public void migrationsFinished() {
        migrationsDone = true;
    }

    public boolean migrationsDone() {
        return migrationsDone;
    }
}
