package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.platform.tenancy.TenantJournal;
import org.hugmenow.platform.tenancy.TenantRepository;
import org.hugmenow.platform.tenancy.TenantSlug;
import org.hugmenow.tenant.entitlement.application.PlanChanges;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;

/**
 * Hands the plan standing an account now gives to tenant-core's entitlements, in the same platform
 * transaction, and audits it once committed when it changed. The standing is a whole state, so
 * writing it again (a retried event) changes nothing and audits nothing.
 */
@ApplicationScoped
public class StandingUpdates {

    /** A standing that changed, to audit and to make visible once its transaction committed. */
    public record Change(TenantSlug tenant, PlanStanding standing, boolean differs) {
    }

    @Inject BillingConfig config;
    @Inject PlanChanges planChanges;
    @Inject TenantRepository tenants;
    @Inject TenantJournal journal;

    /**
     * Must run in the transaction that changed the account, after the change. When the account
     * gives the same standing as before, it is already recorded (the most common case: nothing to write).
     */
    public Optional<Change> follow(Connection c, BillingAccount before, BillingAccount after) throws SQLException {
        PlanStanding next = after.standing(config.grace());
        if (next == null || next.equals(before.standing(config.grace()))) {
            return Optional.empty();
        }
        TenantSlug slug = new TenantSlug(after.tenantSlug());
        PlanStanding previous = planChanges.record(c, slug, next);
        return Optional.of(new Change(slug, next, !Objects.equals(previous, next)));
    }

    /** After commit: this instance sees the standing at once, and a real change is audited. */
    public void committed(Change change) {
        planChanges.committed(change.tenant());
        if (change.differs()) {
            tenants.findBySlug(change.tenant()).ifPresent(t -> journal.audit(t, "billing.plan-changed", "stripe",
                    change.standing().plan().code() + " " + change.standing().status().code()));
        }
    }
}
