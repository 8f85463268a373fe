package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hugmenow.e2e.console.ConsoleBrowser;
import org.hugmenow.launcher.fakestripe.FakeStripe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Billing against a fake Stripe (deploy/launcher's FakeStripe: Stripe's paths, form bodies, JSON
 * shapes and signed webhooks) driven by the real stripe-java client inside the deployed app:
 * upgrade through Checkout, seats following SCIM, dunning, cancel and reactivate, every gated
 * feature on free and premium, webhook abuse, Stripe outages and every role.
 */
class BillingIT extends AppIT {

    static final String API_KEY = "sk_test_billing_it";
    static final String WEBHOOK_SECRET = "whsec_billing_it";
    static final FakeStripe STRIPE = FakeStripe.start(0, API_KEY, WEBHOOK_SECRET);

    static {
        STRIPE.addPrice("price_standard_month", "HugMeNow Standard", 400, "eur", "month");
        STRIPE.addPrice("price_premium_month", "HugMeNow Premium", 800, "eur", "month");
        STRIPE.addPrice("price_premium_year", "HugMeNow Premium", 8000, "eur", "year");
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestStack.get().deployment(Map.of(
                "hugmenow.stripe.secret-key", API_KEY,
                "hugmenow.stripe.webhook-secret", WEBHOOK_SECRET,
                "hugmenow.stripe.api-base", STRIPE.apiBase(),
                "hugmenow.stripe.timeout-ms", "3000",
                "hugmenow.stripe.price.standard-monthly", "price_standard_month",
                "hugmenow.stripe.price.premium-monthly", "price_premium_month",
                "hugmenow.stripe.price.premium-yearly", "price_premium_year",
                "hugmenow.billing.seat-debounce-seconds", "1"));
    }

    @AfterAll
    static void stopStripe() {
        STRIPE.close();
    }

    @BeforeEach
    void webhooksToThisApp() {
        STRIPE.deliverWebhooksTo(api.base() + "/api/v1/billing/stripe-webhook");
        STRIPE.holdDeliveries(false);
        STRIPE.setUnavailable(false);
    }

    record Org(String slug, String finance, String hr, String it) {
    }

    private Org freeTenant(String prefix) throws Exception {
        String slug = Tenants.uniqueSlug(prefix);
        tenants.provision(slug, Tenants.createBody(slug, "free"));
        return new Org(slug, tenants.tokenFor(slug, "fiona", List.of("finance")), tenants.tokenFor(slug, "hanna", List.of("hr-admin")),
                tenants.tokenFor(slug, "ivan", List.of("it-admin")));
    }

    private JsonObject overview(Org org) {
        Api.Reply r = api.get("/api/v1/billing", org.finance());
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private JsonObject awaitOverview(Org org, java.util.function.Predicate<JsonObject> done, String what) throws Exception {
        return Api.poll(() -> api.get("/api/v1/billing", org.finance()), r -> r.status() == 200 && done.test(r.json()),
                Duration.ofSeconds(30), what).json();
    }

    /** Checkout as finance would: the app makes the session, the customer pays on Stripe's page. Returns the subscription id. */
    private String subscribe(Org org, String plan) throws Exception {
        Api.Reply started = api.post("/api/v1/billing/checkout", org.finance(), "{\"plan\":\"" + plan + "\",\"interval\":\"month\"}");
        assertEquals(200, started.status(), started::toString);
        String url = started.json().getString("url");
        assertTrue(url.startsWith(STRIPE.apiBase() + "/pay/cs_"), url);
        return STRIPE.completeCheckout(url.substring(url.lastIndexOf('/') + 1));
    }

    @Test
    void upgradeThroughCheckoutMakesThePlanActiveAndOpensItsFeatures() throws Exception {
        Org org = freeTenant("bill-up");
        JsonObject before = overview(org);
        assertEquals("free", before.getString("plan"));
        assertTrue(before.getBoolean("configured"));
        assertEquals(25, before.getInt("freeSeatLimit"));
        assertRefusedForPlan(api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()), "premium");

        String subscription = subscribe(org, "premium");

        JsonObject after = awaitOverview(org, o -> "active".equals(o.getString("status")), "the subscription to be active");
        assertEquals("premium", after.getString("plan"));
        assertEquals("month", after.getString("interval"));
        assertTrue(after.getInt("seatsBilled") >= 1, after::toString);
        // Checkout asked for one seat per active person, and the tenant became one Stripe customer.
        FakeStripe.Recorded session = STRIPE.requests().stream().filter(r -> r.path().equals("/v1/checkout/sessions")).reduce((a, b) -> b).orElseThrow();
        assertEquals("subscription", session.form().get("mode").get(0));
        assertEquals("price_premium_month", session.form().get("line_items[0][price]").get(0));
        assertTrue(STRIPE.subscription(subscription).isPresent());
        Api.Reply invoices = api.get("/api/v1/billing/invoices", org.finance());
        assertEquals(200, invoices.status(), invoices::toString);
        JsonObject invoice = invoices.json().getJsonArray("items").getJsonObject(0);
        assertEquals("paid", invoice.getString("status"));
        assertTrue(invoice.getString("pdfUrl").startsWith(STRIPE.apiBase()), invoice::toString);

        Api.Reply created = Api.poll(() -> api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()),
                r -> r.status() == 201, Duration.ofSeconds(15), "HR connectors to open on premium");
        assertEquals(201, created.status(), created::toString);
        Api.Reply again = api.post("/api/v1/billing/checkout", org.finance(), "{\"plan\":\"premium\",\"interval\":\"month\"}");
        assertEquals(409, again.status(), again::toString);
        Api.Reply portal = api.post("/api/v1/billing/portal", org.finance(), "");
        assertEquals(200, portal.status(), portal::toString);
        assertTrue(portal.json().getString("url").startsWith(STRIPE.apiBase() + "/portal/"), portal::toString);
    }

    @Test
    void everyGatedFeatureIsRefusedOnFreeAndAllowedOnPremium() throws Exception {
        Org free = freeTenant("bill-free");
        String premium = Tenants.uniqueSlug("bill-prem");
        tenants.provision(premium);
        Org paid = new Org(premium, tenants.tokenFor(premium, "fiona", List.of("finance")),
                tenants.tokenFor(premium, "hanna", List.of("hr-admin")), tenants.tokenFor(premium, "ivan", List.of("it-admin")));

        String heatmap = "/api/v1/insights/heatmap?period=" + java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1);
        assertRefusedForPlan(api.get(heatmap, free.hr()), "standard");
        assertRefusedForPlan(api.post("/api/v1/admin/scim-tokens", free.it(), "{\"kind\":\"token\"}"), "standard");
        assertRefusedForPlan(api.post("/api/v1/admin/hr-connections", free.hr(), hrConnection()), "premium");

        assertEquals(200, api.get(heatmap, paid.hr()).status());
        assertEquals(201, api.post("/api/v1/admin/scim-tokens", paid.it(), "{\"kind\":\"token\"}").status());
        assertEquals(201, api.post("/api/v1/admin/hr-connections", paid.hr(), hrConnection()).status());
        Api.Bytes csv = api.getBytes(heatmap, paid.hr(), "text/csv");
        assertEquals(200, csv.status(), csv::toString);

        // A standard tenant has insights but not their exports: the JSON answers, the CSV is refused.
        String standard = Tenants.uniqueSlug("bill-std");
        tenants.provision(standard, Tenants.createBody(standard, "standard"));
        String hr = tenants.tokenFor(standard, "hanna", List.of("hr-admin"));
        assertEquals(200, api.get(heatmap, hr).status());
        Api.Bytes refusedCsv = api.getBytes(heatmap, hr, "text/csv");
        assertEquals(403, refusedCsv.status(), refusedCsv::toString);
        JsonObject problem = Json.createReader(new java.io.StringReader(new String(refusedCsv.body()))).readObject();
        assertEquals("urn:hugmenow:problem:plan-required", problem.getString("type"));
        assertEquals("premium", problem.getString("requiredPlan"));
    }

    @Test
    void seatsFollowAScimBulkImportAndADeactivation() throws Exception {
        Org org = freeTenant("bill-seat");
        subscribe(org, "premium");
        awaitOverview(org, o -> "active".equals(o.getString("status")), "the subscription to be active");
        String token = api.post("/api/v1/admin/scim-tokens", org.it(), "{\"kind\":\"token\"}").json().getString("token");
        Scim scim = Scim.bearer(api, token);
        int before = overview(org).getInt("seats");
        var ops = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            ops.add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "u" + i)
                    .add("data", Scim.user(org.slug() + "-p" + i, "Pat", "Seat" + i)));
        }
        Api.Reply bulk = scim.post("/Bulk", Json.createObjectBuilder().add("schemas", Json.createArrayBuilder().add(Scim.BULK_REQUEST))
                .add("Operations", ops).build());
        assertEquals(200, bulk.status(), bulk::toString);

        JsonObject grown = awaitOverview(org, o -> o.getInt("seatsBilled", 0) == before + 5, "seats billed to follow the import");
        assertEquals(before + 5, grown.getInt("seats"));
        FakeStripe.Recorded update = lastSeatUpdate();
        assertEquals(String.valueOf(before + 5), update.form().get("quantity").get(0));
        assertEquals("create_prorations", update.form().get("proration_behavior").get(0));
        assertTrue(update.idempotencyKey() != null && !update.idempotencyKey().isBlank(), "seat changes carry an idempotency key");

        String someone = scim.filterUsers("userName eq \"" + org.slug() + "-p0\"").json().getJsonArray("Resources").getJsonObject(0).getString("id");
        Api.Reply off = scim.patch("/Users/" + someone, Scim.patch(Json.createObjectBuilder().add("op", "replace").add("path", "active")
                .add("value", false)), null);
        assertEquals(200, off.status(), off::toString);
        awaitOverview(org, o -> o.getInt("seatsBilled", 0) == before + 4, "seats billed to follow the deactivation");
        assertEquals(String.valueOf(before + 4), lastSeatUpdate().form().get("quantity").get(0));
    }

    private FakeStripe.Recorded lastSeatUpdate() {
        return STRIPE.requests().stream().filter(r -> r.method().equals("POST") && r.path().startsWith("/v1/subscription_items/"))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aSeatChangeWhileStripeIsDownIsBilledOnceItIsBack() throws Exception {
        Org org = freeTenant("bill-down");
        subscribe(org, "premium");
        int seats = awaitOverview(org, o -> "active".equals(o.getString("status")), "active").getInt("seatsBilled");
        STRIPE.setUnavailable(true);
        Api.Reply refused = api.post("/api/v1/billing/portal", org.finance(), "");
        assertEquals(503, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(200, api.get("/api/v1/me", tenants.tokenFor(org.slug(), "newbie", List.of("employee"))).status());
        Thread.sleep(4000);
        assertEquals(seats, overview(org).getInt("seatsBilled"), "nothing billed while Stripe is down");
        STRIPE.setUnavailable(false);
        awaitOverview(org, o -> o.getInt("seatsBilled") == seats + 1, "the held seat change to reach Stripe");
    }

    @Test
    void aFailedPaymentGivesGraceThenReadOnlyUntilPaid() throws Exception {
        Org org = freeTenant("bill-dun");
        String subscription = subscribe(org, "premium");
        awaitOverview(org, o -> "active".equals(o.getString("status")), "active");
        STRIPE.failRenewal(subscription);

        JsonObject due = awaitOverview(org, o -> "past_due".equals(o.getString("status")), "past due");
        assertTrue(due.getJsonArray("notices").toString().contains("payment-failed"), due::toString);
        assertFalse(due.getBoolean("readOnly"));
        assertEquals(201, api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()).status(), "usable during the grace period");

        endGracePeriod(org.slug());
        JsonObject restricted = awaitOverview(org, o -> o.getBoolean("readOnly"), "read-only after the grace period");
        assertTrue(restricted.getJsonArray("notices").toString().contains("read-only"), restricted::toString);
        Api.Reply refused = Api.poll(() -> api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()),
                r -> r.status() == 403, Duration.ofSeconds(15), "new HR connections to be refused");
        assertRefusedForPlan(refused, "premium");
        assertEquals(200, api.get("/api/v1/admin/hr-connections", org.hr()).status(), "what exists stays readable");

        STRIPE.payOpenInvoices(subscription);
        awaitOverview(org, o -> "active".equals(o.getString("status")) && !o.getBoolean("readOnly"), "restored by the payment");
        Api.poll(() -> api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()), r -> r.status() == 201,
                Duration.ofSeconds(15), "HR connections again after paying");
    }

    /** The grace period is days long; the test moves the failure 15 days into the past, as time would. */
    private void endGracePeriod(String slug) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(stack.postgres.jdbcUrl(), org.hugmenow.launcher.LocalPostgres.USER,
                org.hugmenow.launcher.LocalPostgres.PASSWORD)) {
            for (String sql : List.of("UPDATE platform.billing_account SET past_due_since = now() - interval '15 days'",
                    "UPDATE platform.plan_standing SET grace_until = now() - interval '1 day'")) {
                try (PreparedStatement s = c.prepareStatement(sql + " WHERE tenant_id = (SELECT id FROM platform.tenant WHERE slug = ?)")) {
                    s.setString(1, slug);
                    assertEquals(1, s.executeUpdate(), sql);
                }
            }
        }
    }

    @Test
    void cancellingAtPeriodEndAndReactivatingInThePortal() throws Exception {
        Org org = freeTenant("bill-cancel");
        String subscription = subscribe(org, "standard");
        awaitOverview(org, o -> "active".equals(o.getString("status")), "active");
        String portal = api.post("/api/v1/billing/portal", org.finance(), "").json().getString("url");
        String portalId = portal.substring(portal.lastIndexOf('/') + 1);

        assertEquals(303, STRIPE.postForm("/portal/" + portalId + "/cancel"));
        JsonObject cancelling = awaitOverview(org, JsonObject -> JsonObject.getBoolean("cancelAtPeriodEnd"), "cancel at period end");
        assertTrue(cancelling.getJsonArray("notices").toString().contains("cancels-at-period-end"));
        assertEquals("standard", cancelling.getString("plan"), "paid until the period ends");

        assertEquals(303, STRIPE.postForm("/portal/" + portalId + "/reactivate"));
        awaitOverview(org, o -> !o.getBoolean("cancelAtPeriodEnd"), "reactivated");
        assertTrue(STRIPE.subscription(subscription).orElseThrow().getString("status").equals("active"));
    }

    @Test
    void webhookAbuseHasNoDoubleEffectsAndNoServerErrors() throws Exception {
        Org org = freeTenant("bill-abuse");
        STRIPE.holdDeliveries(true);
        String subscription = subscribe(org, "premium");
        String invoice = STRIPE.failRenewal(subscription);
        STRIPE.payOpenInvoices(subscription);
        List<String> events = STRIPE.takeHeldEvents();
        STRIPE.holdDeliveries(false);
        assertTrue(events.size() >= 8, "events: " + events.size());

        // Reordered: newest first (updated before created, paid before payment_failed), each five times, duplicates concurrent.
        List<String> reversed = new java.util.ArrayList<>(events);
        java.util.Collections.reverse(reversed);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            for (String event : reversed) {
                List<Future<Integer>> sent = new java.util.ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    sent.add(pool.submit(() -> STRIPE.deliver(event)));
                }
                for (Future<Integer> status : sent) {
                    assertEquals(200, status.get(), "every delivery of " + event.substring(0, 60));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject state = overview(org);
        assertEquals("active", state.getString("status"), state::toString);
        assertEquals("premium", state.getString("plan"));
        assertFalse(state.getBoolean("readOnly"));
        Api.Reply invoices = api.get("/api/v1/billing/invoices", org.finance());
        List<JsonObject> items = invoices.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(2, items.size(), invoices::toString);
        assertEquals(List.of("paid", "paid"), items.stream().map(i -> i.getString("status")).toList(), "a late payment_failed changes no paid invoice");
        assertTrue(items.stream().anyMatch(i -> i.getString("id").equals(invoice)));
        assertEquals(events.size(), countRows("SELECT count(*) FROM platform.stripe_event WHERE tenant_id = (SELECT id FROM platform.tenant WHERE slug = ?)",
                org.slug()), "each event applied once");

        // Forged and stale signatures change nothing and are refused.
        String last = events.get(events.size() - 1);
        long changes = planChanges(org.slug());
        assertEquals(400, STRIPE.deliver(last.replace("\"livemode\":false", "\"livemode\":true"), STRIPE.signatureHeader(last, now())));
        assertEquals(400, STRIPE.deliver(last, "t=" + now() + ",v1=" + "0".repeat(64)));
        assertEquals(400, STRIPE.deliver(last, STRIPE.signatureHeader(last, now() - 301)));
        assertEquals(400, STRIPE.deliver(last, ""));
        assertEquals(changes, planChanges(org.slug()));

        // An event about a customer we do not know is acknowledged (so Stripe stops retrying) and changes nothing.
        String stranger = last.replace(org.slug(), "nobody").replaceAll("\"cus_[A-Za-z0-9]+\"", "\"cus_unknown\"")
                .replaceAll("\"id\":\"evt_[A-Za-z0-9]+\"", "\"id\":\"evt_stranger" + System.nanoTime() + "\"");
        assertEquals(200, STRIPE.deliver(stranger));
        assertEquals(1, countRows("SELECT count(*) FROM platform.stripe_event WHERE outcome = 'unknown-customer' AND id LIKE ?", "evt_stranger%"));
    }

    @Test
    void aDeletionDeliveredBeforeTheUpdateThatPrecededItStaysDeleted() throws Exception {
        Org org = freeTenant("bill-order");
        String subscription = subscribe(org, "premium");
        awaitOverview(org, o -> "active".equals(o.getString("status")), "active");
        STRIPE.holdDeliveries(true);
        String portal = api.post("/api/v1/billing/portal", org.finance(), "").json().getString("url");
        assertEquals(303, STRIPE.postForm("/portal/" + portal.substring(portal.lastIndexOf('/') + 1) + "/cancel"));
        Thread.sleep(1100); // Stripe's event times have whole seconds: the deletion is a second later.
        STRIPE.endSubscription(subscription);
        List<String> events = STRIPE.takeHeldEvents();
        STRIPE.holdDeliveries(false);
        assertEquals(2, events.size(), events::toString);
        assertTrue(events.get(1).contains("customer.subscription.deleted"));
        assertEquals(200, STRIPE.deliver(events.get(1)));
        assertEquals(200, STRIPE.deliver(events.get(0)));
        JsonObject after = overview(org);
        assertEquals("free", after.getString("plan"), after::toString);
        assertEquals("canceled", after.getString("status"));
        assertEquals(1, countRows("SELECT count(*) FROM platform.stripe_event WHERE outcome = 'stale' AND tenant_id ="
                + " (SELECT id FROM platform.tenant WHERE slug = ?)", org.slug()), "the older update was recognised as stale");
        Api.Reply again = api.post("/api/v1/billing/checkout", org.finance(), "{\"plan\":\"standard\"}");
        assertEquals(200, again.status(), "a cancelled organization can subscribe again: " + again);
    }

    @Test
    void eventsForATenantBeingOffboardedChangeNothing() throws Exception {
        Org org = freeTenant("bill-off");
        STRIPE.holdDeliveries(true);
        String subscription = subscribe(org, "premium");
        List<String> events = STRIPE.takeHeldEvents();
        STRIPE.holdDeliveries(false);
        Api.Reply off = api.post("/api/v1/platform/tenants/" + org.slug() + "/offboard", tenants.operatorToken(), "");
        assertTrue(off.status() == 202 || off.status() == 200, off::toString);
        for (String event : events) {
            assertEquals(200, STRIPE.deliver(event));
        }
        assertEquals(0, countRows("SELECT count(*) FROM platform.billing_invoice WHERE tenant_id = (SELECT id FROM platform.tenant WHERE slug = ?)",
                org.slug()), "nothing stored for a tenant on its way out: " + subscription);
    }

    @Test
    void aTrialStartsOnPremiumWhenTheOperatorChoosesIt() throws Exception {
        String slug = Tenants.uniqueSlug("bill-trial");
        String body = Tenants.createBody(slug, "free").replace("\"plan\":\"free\"", "\"plan\":\"free\",\"trialDays\":30");
        tenants.provision(slug, body);
        Org org = new Org(slug, tenants.tokenFor(slug, "fiona", List.of("finance")), tenants.tokenFor(slug, "hanna", List.of("hr-admin")), null);
        JsonObject trial = overview(org);
        assertEquals("premium", trial.getString("plan"));
        assertEquals("trialing", trial.getString("status"));
        assertTrue(trial.getString("trialEndsAt").compareTo(java.time.Instant.now().plus(Duration.ofDays(29)).toString()) > 0, trial::toString);
        assertEquals(201, api.post("/api/v1/admin/hr-connections", org.hr(), hrConnection()).status());
        Api.Reply tooLong = api.post("/api/v1/platform/tenants", tenants.operatorToken(),
                Tenants.createBody(Tenants.uniqueSlug("bill-x")).replace("\"plan\":\"premium\"", "\"plan\":\"premium\",\"trialDays\":400"));
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertTrue(tooLong.body().contains("trialDays"));
    }

    @Test
    void billingIsForFinanceAndHrAdminsOfTheirOwnTenantOnly() throws Exception {
        Org a = freeTenant("bill-auth");
        subscribe(a, "premium");
        awaitOverview(a, o -> "active".equals(o.getString("status")), "active");
        Org b = freeTenant("bill-other");
        for (String role : List.of("employee", "team-lead", "it-admin")) {
            String token = tenants.tokenFor(a.slug(), "r-" + role, List.of(role));
            for (String path : List.of("/api/v1/billing", "/api/v1/billing/invoices", "/api/v1/billing/upcoming-invoice")) {
                assertEquals(403, api.get(path, token).status(), role + " " + path);
            }
            assertEquals(403, api.post("/api/v1/billing/checkout", token, "{\"plan\":\"premium\"}").status(), role);
            assertEquals(403, api.post("/api/v1/billing/portal", token, "").status(), role);
            assertEquals(403, api.getBytes("/api/v1/billing/exports/invoices", token, "text/csv").status(), role);
            assertEquals(403, api.getBytes("/api/v1/billing/exports/seats", token, "text/csv").status(), role);
            assertEquals(403, api.get("/api/v1/platform/billing/revenue", token).status(), role);
        }
        assertEquals(401, api.get("/api/v1/billing", null).status());
        assertEquals(403, api.get("/api/v1/billing", tenants.operatorToken()).status(), "the operator is no tenant's finance");
        assertEquals(200, api.get("/api/v1/billing", a.hr()).status());
        assertEquals(200, api.get("/api/v1/billing/upcoming-invoice", a.finance()).status());
        // B's finance sees B only: no subscription, no invoices of A.
        assertEquals("free", overview(b).getString("plan"));
        assertEquals(0, api.get("/api/v1/billing/invoices", b.finance()).json().getJsonArray("items").size());
        assertEquals(409, api.post("/api/v1/billing/portal", b.finance(), "").status(), "B has no Stripe customer");
        assertEquals(403, api.post("/api/v1/platform/billing/reconciliation", a.finance(), "").status());
        assertEquals(403, api.get("/api/v1/platform/billing/revenue", a.finance()).status());
        Api.Reply revenue = api.get("/api/v1/platform/billing/revenue", tenants.operatorToken());
        assertEquals(200, revenue.status(), revenue::toString);
        assertTrue(revenue.json().getInt("subscriptions") >= 1, revenue::toString);
        Api.Bytes invoices = api.getBytes("/api/v1/billing/exports/invoices?format=xlsx", a.finance(), "*/*");
        assertEquals(200, invoices.status(), invoices::toString);
        assertTrue(invoices.contentType().startsWith("application/vnd.openxmlformats"), invoices::toString);
        Api.Bytes csv = api.getBytes("/api/v1/billing/exports/invoices", a.finance(), "text/csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("number,invoice_id,status") && text.contains(",paid,"), text);
        assertEquals(0, new String(api.getBytes("/api/v1/billing/exports/invoices", b.finance(), "text/csv").body(),
                java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1, "B's export has no invoice of A");
        assertEquals(400, api.getBytes("/api/v1/billing/exports/seats?month=2026-13", a.finance(), "text/csv").status());
        Api.Reply bad = api.post("/api/v1/billing/checkout", a.finance(), "{\"plan\":\"gold\",\"interval\":\"week\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("\"plan\"") || bad.body().contains("\"interval\""), bad::toString);
    }

    @Test
    void theNightlyReconciliationCorrectsDriftAtStripe() throws Exception {
        Org org = freeTenant("bill-recon");
        String subscription = subscribe(org, "premium");
        int seats = awaitOverview(org, o -> "active".equals(o.getString("status")), "active").getInt("seatsBilled");
        STRIPE.setQuantityQuietly(subscription, seats + 7);
        Api.Reply report = api.post("/api/v1/platform/billing/reconciliation", tenants.operatorToken(), "");
        assertEquals(200, report.status(), report::toString);
        JsonObject change = report.json().getJsonArray("changed").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("tenant").equals(org.slug())).findFirst().orElseThrow(() -> new AssertionError(report.toString()));
        assertEquals(seats + 7, change.getInt("fromSeats"));
        assertEquals(seats, change.getInt("toSeats"));
        assertEquals(seats, STRIPE.subscription(subscription).orElseThrow().getJsonObject("items").getJsonArray("data")
                .getJsonObject(0).getInt("quantity"));
    }

    @Test
    void financeUpgradesInTheConsoleAndTheOperatorSeesTheRevenue() throws Exception {
        Org org = freeTenant("bill-ui");
        String slug = org.slug();
        stack.keycloakAdmin.ensureUser(slug, "fran", Tenants.PASSWORD, List.of("finance"));
        stack.keycloakAdmin.ensureUser(slug, "emil", Tenants.PASSWORD, List.of("employee"));
        for (String realm : List.of(slug, "platform")) {
            stack.keycloakAdmin.addRedirectUri(realm, "hugmenow-console", api.base() + "/console/callback");
        }
        java.nio.file.Path shots = java.nio.file.Path.of("target", "billing-screenshots");
        try (ConsoleBrowser browser = new ConsoleBrowser(api.base(), shots)) {
            browser.signInThroughFrontDoor(slug, "fran", Tenants.PASSWORD);
            browser.open("/console/finance/billing.xhtml");
            assertEquals("Free", browser.text(By.id("plan")));
            browser.check("billing-free");
            new Select(browser.waitFor(By.id("plans:offer"))).selectByValue("premium:month");
            browser.driver().findElement(By.id("plans:upgrade")).click();
            // Stripe's hosted page (here the local stand-in): pay, and come back.
            browser.waitFor(By.cssSelector("form[action*='/pay/'] button, form[action*='/pay/'] input[type=submit]")).click();
            browser.waitUntilPath("/console/finance/billing.xhtml?checkout=done");
            browser.waitForText(By.id("messages"), "Stripe is confirming the payment");
            browser.open("/console/finance/billing.xhtml");
            browser.waitForText(By.id("plan"), "Premium");
            assertEquals("Active", browser.text(By.id("status")));
            browser.waitForText(By.id("invoices"), "Paid");
            browser.check("billing-premium");
            browser.assertFitsWidth(375);

            browser.driver().findElement(By.id("exports:seatsExport")).click();
            java.nio.file.Path seats = browser.downloads().resolve("seats-" + java.time.YearMonth.now(java.time.ZoneOffset.UTC) + ".csv");
            Api.poll(() -> new Api.Reply(java.nio.file.Files.exists(seats) ? 200 : 404, "", null), r -> r.status() == 200,
                    Duration.ofSeconds(15), "the seat export to download");
            String csv = java.nio.file.Files.readString(seats);
            assertTrue(csv.startsWith("month,cost_center,department,seats"), csv);

            browser.driver().findElement(By.id("plans:manage")).click();
            browser.waitForText(By.tagName("body"), "Local stand-in for Stripe");
            assertTrue(browser.driver().getCurrentUrl().startsWith(STRIPE.apiBase() + "/portal/"), browser.driver().getCurrentUrl());

            browser.open("/console/finance/billing.xhtml");
            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("de");
            browser.driver().findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Tarif und Abrechnung");
            browser.waitForText(By.id("status"), "Aktiv");
            browser.check("billing-premium-de");
            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("en");
            browser.driver().findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Plan and billing");
            browser.signOut();

            browser.signInThroughFrontDoor(slug, "emil", Tenants.PASSWORD);
            browser.open("/console/finance/billing.xhtml");
            browser.assertRefused();
            browser.open("/console/platform/revenue.xhtml");
            browser.assertRefused();
            browser.signOut();

            browser.open("/console/operators");
            browser.keycloakLogin("olivia", "demo");
            browser.open("/console/platform/revenue.xhtml");
            browser.waitForText(By.id("byPlan"), "Premium");
            browser.check("revenue");
            browser.open("/console/finance/billing.xhtml");
            browser.assertRefused();
        }
    }

    private static long now() {
        return java.time.Instant.now().getEpochSecond();
    }

    private long planChanges(String slug) throws Exception {
        return countRows("SELECT count(*) FROM platform.audit_log WHERE tenant_slug = ? AND action = 'billing.plan-changed'", slug);
    }

    private long countRows(String sql, String arg) throws Exception {
        try (Connection c = java.sql.DriverManager.getConnection(stack.postgres.jdbcUrl(), org.hugmenow.launcher.LocalPostgres.USER, org.hugmenow.launcher.LocalPostgres.PASSWORD); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static String hrConnection() {
        return "{\"connector\":\"csv\",\"label\":\"Payroll export " + WellnessFixtures.letters(4) + "\"}";
    }

    private static void assertRefusedForPlan(Api.Reply reply, String plan) {
        assertEquals(403, reply.status(), reply::toString);
        assertEquals("urn:hugmenow:problem:plan-required", reply.json().getString("type"), reply::toString);
        assertEquals(plan, reply.json().getString("requiredPlan"), reply::toString);
    }
}
