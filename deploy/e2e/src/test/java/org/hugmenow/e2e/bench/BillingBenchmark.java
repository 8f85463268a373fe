package org.hugmenow.e2e.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.e2e.Tenants;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.hugmenow.launcher.fakestripe.FakeStripe;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The billing benchmark ({@code deploy/billing-benchmark.sh}): 1,000 tenants, each a customer
 * with a subscription at a fake Stripe; verified webhook events applied per second at 8
 * concurrent deliveries (each a newer {@code customer.subscription.updated}, signed as Stripe
 * signs), with latency percentiles; then the nightly seat reconciliation of all 1,000 against
 * the fake (one in ten drifted). Prints figures and targets; asserts nothing.
 */
public final class BillingBenchmark {

    private static final int TENANTS = 1_000;
    private static final int CONCURRENCY = 8;
    private static final String KEY = "sk_test_bench";
    private static final String SECRET = "whsec_bench";
    private static final String PRICE = "price_bench_premium_month";

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        new BillingBenchmark().run(Integer.parseInt(System.getProperty("bench.seconds", "20")));
    }

    private void run(int seconds) throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow billing benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now());
        try (LocalPostgres postgres = LocalPostgres.start(null, 0);
             FakeStripe stripe = FakeStripe.start(0, KEY, SECRET)) {
            stripe.addPrice(PRICE, "HugMeNow Premium", 800, "eur", "month");
            String url = postgres.jdbcUrl();
            new SchemaMigrator(BillingBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(url));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("billing-keycloak.log"));
            keycloak.start();
            try {
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Map<String, String> env = new HashMap<>(Benchmark.appEnvironment(url, keycloak.url(), appUrl));
                env.putAll(Map.of("HUGMENOW_STRIPE_SECRET_KEY", KEY, "HUGMENOW_STRIPE_WEBHOOK_SECRET", SECRET,
                        "HUGMENOW_STRIPE_API_BASE", stripe.apiBase(), "HUGMENOW_STRIPE_PRICE_PREMIUM_MONTHLY", PRICE));
                Path appLog = work.resolve("billing-app.log");
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env, appLog, AppProcess.HEAP)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    Api api = new Api(new java.net.URL(app.url()));
                    String operator = Tokens.passwordGrant(keycloak.url(), "platform", "olivia", DemoSetup.PASSWORD);
                    String template = "bill-template";
                    Api.Reply created = api.post("/api/v1/platform/tenants", operator, Tenants.createBody(template));
                    Api.poll(() -> api.get("/api/v1/platform/tenants/" + template, operator),
                            r -> r.status() == 200 && r.body().contains("\"status\":\"active\""), Duration.ofMinutes(3), "template " + created.status());
                    List<TenantSlug> slugs = ManyTenants.seed(url, TENANTS, template, this::line);
                    // The migration queued an insights rebuild per tenant: measure billing once those are done, as in steady operation.
                    ManyTenants.awaitOutboxes(url, slugs, Duration.ofMinutes(5), this::line);
                    List<String> subscriptions = subscribe(url, stripe, slugs);
                    stripe.deliverWebhooksTo(app.url() + "/api/v1/billing/stripe-webhook");
                    webhooks(app.url(), stripe, subscriptions, seconds);
                    reconcile(api, operator, stripe, subscriptions);
                    line(String.format("app RSS at the end: %d MB", Benchmark.rssMb(app.pid())));
                }
            } finally {
                keycloak.close();
            }
        }
        Files.writeString(work.resolve("billing-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("billing-results.txt"));
    }

    /** A customer and an active subscription per tenant at the fake, linked in billing_account as Checkout would have left it. */
    private List<String> subscribe(String url, FakeStripe stripe, List<TenantSlug> slugs) throws Exception {
        long t0 = System.nanoTime();
        List<String> subscriptions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD);
             PreparedStatement s = c.prepareStatement("INSERT INTO platform.billing_account (tenant_id, stripe_customer_id, subscription_id,"
                     + " subscription_item_id, subscription_status, price_id, plan, billing_interval, quantity, unit_amount, currency)"
                     + " SELECT id, ?, ?, ?, 'active', ?, 'premium', 'month', ?, 800, 'eur' FROM platform.tenant WHERE slug = ?")) {
            for (int i = 0; i < slugs.size(); i++) {
                int people = 5 + (i * 37) % 200;
                // One in ten has drifted at Stripe: the reconciliation must set it right.
                long atStripe = i % 10 == 0 ? people + 3 : people;
                String customer = stripe.createCustomer("Bench Company " + i);
                String subscription = stripe.createSubscription(customer, PRICE, atStripe);
                subscriptions.add(subscription);
                s.setString(1, customer);
                s.setString(2, subscription);
                s.setString(3, stripe.subscription(subscription).orElseThrow().getJsonObject("items").getJsonArray("data")
                        .getJsonObject(0).getString("id"));
                s.setString(4, PRICE);
                s.setInt(5, (int) atStripe);
                s.setString(6, slugs.get(i).value());
                s.addBatch();
            }
            s.executeBatch();
        }
        line(String.format("%,d Stripe customers with a subscription each (fake Stripe) and linked accounts: %.1f s",
                slugs.size(), (System.nanoTime() - t0) / 1e9));
        return subscriptions;
    }

    /**
     * Signed customer.subscription.updated events, each newer than the last for its tenant, POSTed
     * by 8 workers for {@code seconds}: what the app verifies and applies per second, and how long each takes.
     */
    private void webhooks(String appUrl, FakeStripe stripe, List<String> subscriptions, int seconds) throws Exception {
        stripe.holdDeliveries(true);
        for (String subscription : subscriptions) {
            stripe.touchSubscription(subscription);
        }
        List<String> templates = stripe.takeHeldEvents();
        stripe.holdDeliveries(false);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI endpoint = URI.create(appUrl + "/api/v1/billing/stripe-webhook");
        AtomicLong sequence = new AtomicLong(Instant.now().getEpochSecond());
        AtomicInteger errors = new AtomicInteger();
        List<long[]> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String phase : List.of("warm-up", "measured")) {
            latencies.clear();
            errors.set(0);
            long until = System.nanoTime() + Duration.ofSeconds(phase.equals("warm-up") ? 5 : seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
            List<Future<Integer>> workers = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int w = 0; w < CONCURRENCY; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    int sent = 0;
                    long[] mine = new long[1 << 20];
                    for (int i = worker; System.nanoTime() < until; i += CONCURRENCY) {
                        String template = templates.get(i % templates.size());
                        long created = sequence.incrementAndGet();
                        String payload = template.replaceFirst("\"id\":\"evt_[A-Za-z0-9_]+\"", "\"id\":\"evt_bench_" + created + "_" + worker + "\"")
                                .replaceFirst("\"created\":\\d+", "\"created\":" + created);
                        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json; charset=utf-8")
                                .header("Stripe-Signature", stripe.signatureHeader(payload, Instant.now().getEpochSecond()))
                                .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
                        long start = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        mine[sent++] = System.nanoTime() - start;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, sent));
                    return sent;
                }));
            }
            long total = 0;
            for (Future<Integer> f : workers) {
                total += f.get();
            }
            double elapsed = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            if (phase.equals("measured")) {
                long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
                line(String.format("webhooks: %,d verified customer.subscription.updated events in %.1f s at %d concurrent deliveries over %,d tenants:"
                        + " %.0f events/s (target >= 300/s), p50 %.1f ms, p99 %.1f ms (target <= 100 ms), %d not 200",
                        total, elapsed, CONCURRENCY, templates.size(), total / elapsed, pct(all, 0.50), pct(all, 0.99), errors.get()));
            }
        }
    }

    private void reconcile(Api api, String operator, FakeStripe stripe, List<String> subscriptions) throws Exception {
        stripe.clearRequests();
        long t0 = System.nanoTime();
        Api.Reply report = api.post("/api/v1/platform/billing/reconciliation", operator, "");
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (report.status() != 200) {
            line("reconciliation failed: " + report);
            return;
        }
        var json = report.json();
        long stripeCalls = stripe.requests().size();
        line(String.format("nightly reconciliation of %,d subscriptions against the fake Stripe: %.1f s (target <= 60 s), %d corrected"
                + " (%d drifted on purpose), %d failed, %,d Stripe calls", json.getInt("subscriptions"), elapsed,
                json.getJsonArray("changed").size(), (subscriptions.size() + 9) / 10, json.getJsonArray("failed").size(), stripeCalls));
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
