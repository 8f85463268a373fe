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
}
