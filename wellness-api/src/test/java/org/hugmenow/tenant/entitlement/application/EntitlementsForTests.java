package org.hugmenow.tenant.entitlement.application;

import java.util.Optional;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;
import org.hugmenow.tenant.entitlement.persistence.PlanStandingStore;

/** Entitlements for the insights ITs, which run without the platform registry: every tenant has the given plan. */
public final class EntitlementsForTests {

    private EntitlementsForTests() {
    }

    public static Entitlements every(Plan plan) {
        Entitlements entitlements = new Entitlements();
        entitlements.store = new PlanStandingStore() {
            @Override
            public Optional<PlanStanding> find(TenantSlug slug) {
                return Optional.of(PlanStanding.unbilled(plan));
            }
        };
        return entitlements;
    }
}
