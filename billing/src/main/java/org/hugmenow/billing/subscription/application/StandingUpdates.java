package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.billing.subscription.persistence.BillingAccountStore;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.application.PlanChanges;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;

/**
 * Hands the plan standing an account now gives to tenant-core's entitlements, and audits it when it
 * changed. The standing is a whole state, so writing it again (a retried event) changes nothing.
 */
@ApplicationScoped
public class StandingUpdates {

    @Inject BillingAccountStore accounts;
    @Inject BillingConfig config;
    @Inject PlanChanges planChanges;
    @Inject Entitlements entitlements;
    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;

    /** Must run in the transaction that changed the account, after the change. */
    public void follow(Connection c, BillingAccount before) throws SQLException {
        BillingAccount after = accounts.find(c, before.tenantId()).orElseThrow();
        PlanStanding next = after.standing(config.grace());
        if (next == null) {
            return;
        }
        TenantSlug slug = new TenantSlug(after.tenantSlug());
        PlanStanding current = entitlements.standing(slug);
        planChanges.record(slug, next);
        if (!Objects.equals(current, next)) {
            tenants.findBySlug(slug).ifPresent(t -> journal.audit(t, "billing.plan-changed", "stripe",
                    next.plan().code() + " " + next.status().code()));
        }
    }
}
