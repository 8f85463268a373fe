package org.hugmenow.tenant.entitlement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;
import org.hugmenow.tenant.entitlement.persistence.PlanStandingStore;

/**
 * The port through which billing (and provisioning, for a trial) sets a tenant's plan and
 * standing. Writes are whole states, never increments, so applying one twice changes nothing.
 */
@ApplicationScoped
public class PlanChanges {

    @Inject
    PlanStandingStore store;

    @Inject
    Entitlements entitlements;

    public void record(TenantSlug tenant, PlanStanding standing) {
        store.write(tenant, standing);
        entitlements.forget(tenant);
    }

    /**
     * Sets the standing in the caller's platform transaction (one connection, so a webhook's effect
     * and the standing commit together) and returns the one it replaces. Call {@link #committed} after commit.
     */
    public PlanStanding record(java.sql.Connection platform, TenantSlug tenant, PlanStanding standing) throws java.sql.SQLException {
        PlanStanding before = store.find(platform, tenant).orElse(null);
        // Most events leave the standing as it was: no write then, so the registry row is not locked for nothing.
        if (!standing.equals(before)) {
            store.write(platform, tenant, standing);
        }
        return before;
    }

    /** This instance reads the new standing at once; others within the cache's few seconds. */
    public void committed(TenantSlug tenant) {
        entitlements.forget(tenant);
    }
}
