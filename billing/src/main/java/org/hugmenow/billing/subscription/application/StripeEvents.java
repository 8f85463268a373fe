package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.shared.PriceCatalog;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.billing.subscription.domain.StripeNotice;
import org.hugmenow.billing.subscription.domain.SubscriptionState;
import org.hugmenow.billing.subscription.persistence.BillingAccountStore;
import org.hugmenow.billing.subscription.persistence.InvoiceStore;
import org.hugmenow.billing.subscription.persistence.StripeEventStore;
import org.hugmenow.platform.db.PlatformDatabase;

/**
 * Applies Stripe's webhook events: each one once (its id is claimed in the same transaction as its
 * effect), one tenant at a time (the account row is locked), and never backwards (a subscription
 * event older than the stored state changes nothing; a tie is settled by asking Stripe for the
 * current object). Events about customers or tenants we do not serve are acknowledged and kept.
 */
@ApplicationScoped
public class StripeEvents {

    @Inject StripeGateway gateway;
    @Inject PlatformDatabase database;
    @Inject BillingAccountStore accounts;
    @Inject StripeEventStore events;
    @Inject InvoiceStore invoices;
    @Inject BillingConfig config;
    @Inject StandingUpdates standings;

    static final String APPLIED = "applied";

    /** Verifies and applies one delivery; returns what became of it (for the response and the log). */
    public String receive(String payload, String signatureHeader) {
        StripeNotice notice = gateway.verified(payload, signatureHeader);
        Applied applied = database.inTransaction(c -> apply(c, notice));
        applied.change().ifPresent(standings::committed);
        return applied.outcome();
    }

    private record Applied(String outcome, Optional<StandingUpdates.Change> change) {
    }

    private Applied apply(Connection c, StripeNotice notice) throws SQLException {
        // The account's row lock comes first: events of one tenant then apply one at a time, and a
        // duplicate waiting on it finds the event claimed once it gets it.
        Optional<BillingAccount> found = locate(c, notice);
        String refused = found.isEmpty() ? "unknown-customer" : "active".equals(found.get().tenantStatus()) ? null : "tenant-not-served";
        UUID tenantId = found.map(BillingAccount::tenantId).orElse(null);
        if (!events.claim(c, notice.id(), notice.type(), tenantId, refused == null ? APPLIED : refused)) {
            return new Applied("duplicate", Optional.empty());
        }
        if (refused != null) {
            return new Applied(refused, Optional.empty());
        }
        BillingAccount account = found.get();
        Effect effect = applyTo(c, account, notice);
        if (!effect.outcome().equals(APPLIED)) {
            events.settle(c, notice.id(), effect.outcome());
        }
        return new Applied(effect.outcome(), effect.after() == null ? Optional.empty() : standings.follow(c, account, effect.after()));
    }

    /** What an event did, and the account as it now is when that is known without reading it again. */
    private record Effect(String outcome, BillingAccount after) {
        static Effect of(String outcome) {
            return new Effect(outcome, null);
        }
    }

    private Optional<BillingAccount> locate(Connection c, StripeNotice notice) throws SQLException {
        Optional<UUID> referenced = notice.checkout() == null ? Optional.empty() : uuid(notice.checkout().clientReferenceId());
        if (referenced.isPresent()) {
            Optional<BillingAccount> account = accounts.lockByTenant(c, referenced.get());
            // The reference is ours only if the session's customer is the tenant's (or the tenant has none yet).
            return account.filter(a -> a.customerId() == null || a.customerId().equals(notice.customerId()));
        }
        return notice.customerId() == null ? Optional.empty() : accounts.lockByCustomer(c, notice.customerId());
    }

    private Effect applyTo(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        return switch (notice.type()) {
            case "checkout.session.completed" -> reread(c, account, checkoutCompleted(c, account, notice));
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted" ->
                    subscriptionChanged(c, account, notice);
            case "customer.subscription.trial_will_end" -> {
                accounts.noteTrialEnding(c, account.tenantId(), notice.created());
                yield Effect.of("trial-ending-noted");
            }
            case "invoice.finalized" -> Effect.of(invoiceSaved(c, account, notice));
            case "invoice.paid" -> reread(c, account, invoicePaid(c, account, notice));
            case "invoice.payment_failed" -> reread(c, account, paymentFailed(c, account, notice));
            default -> Effect.of("ignored");
        };
    }

    private Effect reread(Connection c, BillingAccount account, String outcome) throws SQLException {
        return new Effect(outcome, accounts.find(c, account.tenantId()).orElseThrow());
    }

    private String checkoutCompleted(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        StripeNotice.CheckoutCompleted done = notice.checkout();
        if (account.customerId() == null && done.customerId() != null) {
            accounts.linkCustomer(c, account.tenantId(), done.customerId());
        }
        if (done.subscriptionId() == null) {
            return "linked";
        }
        if (account.subscribed() && !done.subscriptionId().equals(account.subscriptionId())) {
            return "other-subscription";
        }
        // The session names the subscription only; its current state comes from Stripe.
        save(c, account, gateway.subscription(done.subscriptionId()), notice.version());
        return "subscribed";
    }

    private Effect subscriptionChanged(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        SubscriptionState state = notice.subscription();
        boolean same = state.id().equals(account.subscriptionId());
        if (!same && account.subscribed()) {
            return Effect.of("other-subscription");
        }
        if (same && notice.version() < account.stateVersion()) {
            return Effect.of("stale");
        }
        if (same && notice.version() == account.stateVersion()) {
            // Stripe's timestamps have whole seconds: two changes in one second cannot be ordered by them.
            state = gateway.subscription(state.id());
        }
        return new Effect(APPLIED, save(c, account, state, notice.version()));
    }

    private BillingAccount save(Connection c, BillingAccount account, SubscriptionState state, long version) throws SQLException {
        Optional<PriceCatalog.PlanPrice> sold = config.prices().planOf(state.priceId());
        String plan = sold.map(p -> p.plan().code()).orElse(account.plan());
        String interval = sold.map(p -> p.interval().name().toLowerCase()).orElse(account.interval());
        java.time.Instant pastDueSince;
        if (state.overdue()) {
            pastDueSince = Objects.requireNonNullElse(account.pastDueSince(), java.time.Instant.ofEpochSecond(version));
        } else {
            // Active again while an invoice is still owed (its payment event not here yet) keeps dunning's clock.
            boolean owed = account.pastDueSince() != null && "active".equals(state.status()) && invoices.unpaid(c, account.tenantId()) > 0;
            pastDueSince = owed ? account.pastDueSince() : null;
        }
        accounts.saveSubscription(c, account.tenantId(), state, plan, interval, version, pastDueSince);
        return account.with(state, plan, interval, Math.max(version, account.stateVersion()), pastDueSince);
    }

    private String invoiceSaved(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        return invoices.save(c, account.tenantId(), notice.invoice(), notice.version()) ? "invoice-saved" : "invoice-unchanged";
    }

    private String invoicePaid(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        invoices.save(c, account.tenantId(), notice.invoice(), notice.version());
        if (invoices.unpaid(c, account.tenantId()) == 0) {
            accounts.settle(c, account.tenantId());
            return "settled";
        }
        return "invoice-paid";
    }

    private String paymentFailed(Connection c, BillingAccount account, StripeNotice notice) throws SQLException {
        invoices.save(c, account.tenantId(), notice.invoice(), notice.version());
        if (invoices.status(c, notice.invoice().id()).map(s -> s.equals("paid") || s.equals("void")).orElse(false)) {
            return "already-settled";
        }
        if (account.pastDueSince() == null) {
            accounts.setPastDueSince(c, account.tenantId(), notice.created());
        }
        return "past-due";
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
