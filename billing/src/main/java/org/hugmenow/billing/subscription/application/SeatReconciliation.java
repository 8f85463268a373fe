package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.billing.subscription.domain.SubscriptionState;
import org.hugmenow.billing.subscription.persistence.BillingAccountStore;
import org.hugmenow.billing.subscription.persistence.SeatStore;
import org.hugmenow.billing.subscription.persistence.SeatSyncStore;
import org.hugmenow.platform.bootstrap.BackgroundWork;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.logging.ContextLogger;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The nightly check of every live subscription against Stripe: a quantity that drifted from the
 * tenant's active people (a lost webhook, a change made in Stripe's dashboard) is set right, and
 * the report says what changed. One instance runs it (an advisory lock); the operator can run it now.
 */
@ApplicationScoped
public class SeatReconciliation {

    private static final ContextLogger LOG = ContextLogger.of(SeatReconciliation.class);

    public record Change(String tenant, Integer fromSeats, int toSeats) {
    }

    public record Report(int subscriptions, List<Change> changed, List<String> failed, long millis) {
    }

    @Inject BillingConfig config;
    @Inject BackgroundWork background;
    @Inject PlatformDatabase database;
    @Inject BillingAccountStore accounts;
    @Inject SeatSyncStore store;
    @Inject SeatStore seats;
    @Inject StripeGateway gateway;

    private final AtomicReference<LocalDate> lastNight = new AtomicReference<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        background.every(Duration.ofMinutes(5), this::nightly);
    }

    void nightly() {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        if (!config.configured() || now.getHour() != config.reconcileHourUtc() || now.toLocalDate().equals(lastNight.get())) {
            return;
        }
        lastNight.set(now.toLocalDate());
        run().ifPresent(r -> LOG.info("seat reconciliation: " + r.subscriptions() + " subscriptions, " + r.changed().size()
                + " corrected, " + r.failed().size() + " failed, " + r.millis() + " ms"));
    }

    /** Reconciles now; empty when another instance is already at it. */
    public java.util.Optional<Report> run() {
        if (!config.configured()) {
            throw StripeGateway.notConfigured();
        }
        long started = System.nanoTime();
        return database.inTransaction(c -> {
            if (!store.reconciliationLock(c)) {
                return java.util.Optional.<Report>empty();
            }
            List<BillingAccount> live = accounts.subscribed(c);
            List<Change> changed = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (BillingAccount account : live) {
                if (!"active".equals(account.tenantStatus())) {
                    continue;
                }
                try {
                    reconcile(c, account, changed);
                } catch (Refusal stripeDown) {
                    failed.add(account.tenantSlug());
                }
            }
            return java.util.Optional.of(new Report(live.size(), changed, failed, (System.nanoTime() - started) / 1_000_000));
        });
    }

    private void reconcile(java.sql.Connection c, BillingAccount account, List<Change> changed) throws java.sql.SQLException {
        int people = (int) Math.max(1, seats.activePeople(new TenantSlug(account.tenantSlug())));
        SubscriptionState atStripe = gateway.subscription(account.subscriptionId());
        if (atStripe.quantity() == people) {
            if (account.quantity() == null || account.quantity() != people) {
                store.synced(c, account.tenantId(), account.quantity(), people, "reconciliation");
            }
            return;
        }
        gateway.setSeats(atStripe.itemId(), people, "reconcile-" + account.tenantId() + "-" + LocalDate.now(ZoneOffset.UTC) + "-" + people);
        store.synced(c, account.tenantId(), (int) atStripe.quantity(), people, "reconciliation");
        changed.add(new Change(account.tenantSlug(), (int) atStripe.quantity(), people));
    }
}
