package org.hugmenow.billing.subscription.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hugmenow.billing.shared.BillingConfig;
import org.hugmenow.billing.shared.PriceCatalog;
import org.hugmenow.billing.subscription.domain.BillingAccount;
import org.hugmenow.billing.subscription.domain.BillingOverview;
import org.hugmenow.billing.subscription.domain.InvoiceState;
import org.hugmenow.billing.subscription.persistence.BillingAccountStore;
import org.hugmenow.billing.subscription.persistence.InvoiceStore;
import org.hugmenow.billing.subscription.persistence.SeatStore;
import org.hugmenow.platform.db.PlatformDatabase;
import org.hugmenow.platform.refusal.Refusal;
import org.hugmenow.platform.tenancy.Tenant;
import org.hugmenow.tenant.entitlement.application.Entitlements;
import org.hugmenow.tenant.entitlement.domain.Plan;
import org.hugmenow.tenant.entitlement.domain.PlanStanding;

/** A tenant's billing as finance works with it: the overview, upgrading through Checkout, the Customer Portal, invoices. */
@ApplicationScoped
public class BillingService {

    static final int MAX_INVOICES = 100;

    @Inject BillingConfig config;
    @Inject StripeGateway gateway;
    @Inject PlatformDatabase database;
    @Inject BillingAccountStore accounts;
    @Inject InvoiceStore invoices;
    @Inject SeatStore seats;
    @Inject Entitlements entitlements;

    public BillingOverview overview(Tenant tenant) {
        BillingAccount account = account(tenant);
        PlanStanding standing = entitlements.standing(tenant.slug());
        Instant now = Instant.now();
        long active = seats.activePeople(tenant.slug());
        List<String> notices = new ArrayList<>();
        if (standing.status() == PlanStanding.Status.PAST_DUE) {
            notices.add(standing.restricted(now) ? "read-only" : "payment-failed");
        }
        if (standing.status() == PlanStanding.Status.TRIALING && (account.trialEndingNoticeAt() != null || standing.restricted(now))) {
            notices.add(standing.restricted(now) ? "read-only" : "trial-ending");
        }
        if (account.cancelAtPeriodEnd() && account.subscribed()) {
            notices.add("cancels-at-period-end");
        }
        if (standing.plan() == Plan.FREE && active > Plan.FREE_SEATS) {
            notices.add("over-free-seats");
        }
        List<BillingOverview.Offer> offers = config.prices().all().keySet().stream()
                .map(p -> new BillingOverview.Offer(p.plan().code(), p.interval().name().toLowerCase())).sorted(
                        java.util.Comparator.comparing(BillingOverview.Offer::plan).thenComparing(BillingOverview.Offer::interval)).toList();
        return new BillingOverview(config.configured(), standing.plan().code(), standing.status().code(), standing.restricted(now), active,
                account.subscribed() ? account.quantity() : null, standing.plan() == Plan.FREE ? Plan.FREE_SEATS : null,
                account.subscribed() ? account.interval() : null, account.subscribed() ? account.currentPeriodEnd() : null,
                account.subscribed() && account.cancelAtPeriodEnd(), standing.trialEndsAt(), standing.graceUntil(), notices,
                config.configured() ? offers : List.of(), config.configured() && account.customerId() != null);
    }

    /** The payment notices finance and hr-admins see on every visit, from the cached standing alone (cheap). */
    public List<String> urgentNotices(Tenant tenant) {
        PlanStanding standing = entitlements.standing(tenant.slug());
        if (standing.restricted(Instant.now()) && standing.plan() != Plan.FREE) {
            return List.of("read-only");
        }
        return standing.status() == PlanStanding.Status.PAST_DUE ? List.of("payment-failed") : List.of();
    }

    /** A Stripe Checkout page for the plan, per active person; the tenant becomes a Stripe customer once. */
    public String checkout(Tenant tenant, String planCode, String intervalCode) {
        return checkout(tenant, planCode, intervalCode, config.consoleBillingUrl());
    }

    /** As above, returning to {@code returnUrl} (the console page the person came from). */
    public String checkout(Tenant tenant, String planCode, String intervalCode, String returnUrl) {
        Plan plan = Plan.ofCode(planCode == null ? "" : planCode).filter(p -> p != Plan.FREE)
                .orElseThrow(() -> Refusal.invalid("plan", "must be standard or premium"));
        PriceCatalog.Interval interval = interval(intervalCode);
        String price = config.prices().priceId(plan, interval).orElseThrow(() -> config.configured()
                ? Refusal.invalid("plan", "the " + plan.code() + " plan is not sold " + interval.name().toLowerCase() + "ly online here")
                : StripeGateway.notConfigured());
        BillingAccount account = account(tenant);
        if (account.subscribed()) {
            throw Refusal.conflict("This organization already has a subscription; change or cancel it in the customer portal.");
        }
        String customer = customer(tenant, account);
        long people = Math.max(1, seats.activePeople(tenant.slug()));
        return gateway.checkoutUrl(customer, price, people, tenant.id(), returnUrl);
    }

    /** Stripe's Customer Portal for payment methods, invoices and cancellation. */
    public String portal(Tenant tenant) {
        return portal(tenant, config.consoleBillingUrl());
    }

    public String portal(Tenant tenant, String returnUrl) {
        String customer = Optional.ofNullable(account(tenant).customerId()).orElseThrow(() ->
                Refusal.conflict("This organization has no billing account yet; subscribe to a plan first."));
        return gateway.portalUrl(customer, returnUrl);
    }

    public List<InvoiceState> invoices(Tenant tenant, int limit) {
        return database.inTransaction(c -> invoices.list(c, tenant.id(), Math.min(limit, MAX_INVOICES)));
    }

    /** Invoices created in [from, to), oldest first: finance's monthly export. */
    public List<InvoiceState> invoicesCreated(Tenant tenant, Instant from, Instant to) {
        return database.inTransaction(c -> invoices.created(c, tenant.id(), from, to));
    }

    public InvoiceState upcoming(Tenant tenant) {
        BillingAccount account = account(tenant);
        if (!account.subscribed()) {
            throw Refusal.notFound("There is no upcoming invoice: this organization has no subscription.");
        }
        return gateway.upcoming(account.customerId(), account.subscriptionId()).orElseThrow(() ->
                Refusal.notFound("Stripe has no upcoming invoice for this subscription."));
    }

    private BillingAccount account(Tenant tenant) {
        return database.inTransaction(c -> accounts.find(c, tenant.id())).orElseThrow(() -> Refusal.notFound("No such tenant."));
    }

    private String customer(Tenant tenant, BillingAccount account) {
        if (account.customerId() != null) {
            return account.customerId();
        }
        // Stripe's idempotency key (per tenant) makes a retried or concurrent creation return the same customer.
        String created = gateway.createCustomer(tenant.id(), tenant.slug().value(), tenant.name());
        database.inTransaction(c -> {
            BillingAccount locked = accounts.lockByTenant(c, tenant.id()).orElseThrow();
            if (locked.customerId() == null) {
                accounts.linkCustomer(c, tenant.id(), created);
            }
            return null;
        });
        return created;
    }

    private static PriceCatalog.Interval interval(String code) {
        if ("month".equals(code) || code == null) {
            return PriceCatalog.Interval.MONTH;
        }
        if ("year".equals(code)) {
            return PriceCatalog.Interval.YEAR;
        }
        throw Refusal.invalid("interval", "must be month or year");
    }
}
