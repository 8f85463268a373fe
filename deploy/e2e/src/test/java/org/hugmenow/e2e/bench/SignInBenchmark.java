package org.hugmenow.e2e.bench;

import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.e2e.Tenants;
import org.hugmenow.e2e.signin.BrowserlessSignIn;
import org.hugmenow.launcher.CompanyIdp;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.hugmenow.platform.db.SchemaMigrator;

/**
 * The enterprise sign-in benchmark ({@code deploy/sign-in-benchmark.sh}): the time to connect an
 * OpenID Connect provider end to end through the API (discovery and key set fetched and checked,
 * broker, mappers and flows written to Keycloak), and sign-ins per second at 8 concurrent
 * browsers without a screen (HTTP clients following the redirects and filling in the forms):
 * brokered through a second realm playing the company's provider, against direct password sign-in
 * to the tenant's realm in the same run. Prints figures and targets; asserts nothing.
 */
public final class SignInBenchmark {

    private static final int CONCURRENCY = 8;
    private static final int PEOPLE = 64;
    private static final int CONNECTS = 5;

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        new SignInBenchmark().run(Integer.parseInt(System.getProperty("bench.seconds", "20")));
    }

    private void run(int seconds) throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow enterprise sign-in benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + Instant.now());
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            String url = postgres.jdbcUrl();
            new SchemaMigrator(SignInBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(url));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("sign-in-keycloak.log"));
            keycloak.start();
            try {
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Path appLog = work.resolve("sign-in-app.log");
                java.util.Map<String, String> env = new java.util.HashMap<>(Benchmark.appEnvironment(url, keycloak.url(), appUrl));
                env.put("HUGMENOW_SIGN_IN_ALLOW_PRIVATE_ADDRESSES", "true");
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env, appLog, AppProcess.HEAP)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    measure(new Api(new java.net.URL(app.url())), admin, keycloak.url(), appUrl, seconds);
                    line(String.format("app RSS at the end: %d MB", Benchmark.rssMb(app.pid())));
                }
            } finally {
                keycloak.close();
            }
        }
        Files.writeString(work.resolve("sign-in-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("sign-in-results.txt"));
    }

    private void measure(Api api, KeycloakAdmin admin, String keycloakUrl, String appUrl, int seconds) throws Exception {
        String operator = Tokens.passwordGrant(keycloakUrl, "platform", "olivia", DemoSetup.PASSWORD);
        String slug = "bench-sso";
        api.post("/api/v1/platform/tenants", operator, Tenants.createBody(slug, "premium"));
        Api.poll(() -> api.get("/api/v1/platform/tenants/" + slug, operator),
                r -> r.status() == 200 && r.body().contains("\"status\":\"active\""), Duration.ofMinutes(3), "tenant " + slug);
        String issuer = keycloakUrl + "/realms/" + slug;
        admin.ensureUser(slug, "ivan", "ivan@bench.test", Tenants.PASSWORD, List.of("it-admin"));
        BrowserlessSignIn.Outcome itAdmin = new BrowserlessSignIn(issuer, "hugmenow-web", appUrl + "/app/").signIn(null, "ivan", Tenants.PASSWORD);
        if (!itAdmin.signedIn()) {
            throw new IllegalStateException("the IT admin could not sign in: " + itAdmin.refusal());
        }
        CompanyIdp customer = CompanyIdp.create(admin, keycloakUrl, "bench-company-idp");
        for (int i = 0; i < PEOPLE; i++) {
            admin.ensureUser(slug, "direct" + i, "direct" + i + "@bench.test", Tenants.PASSWORD, List.of("employee"));
            admin.ensureUser(slug, "person" + i, "person" + i + "@bench.test", Tenants.PASSWORD, List.of("employee"));
            customer.person("company" + i, "person" + i + "@bench.test");
        }
        line(String.format("a premium tenant, %d password users, %d directory people with a company account each", PEOPLE, PEOPLE));

        List<Double> connects = new ArrayList<>();
        for (int i = 0; i <= CONNECTS; i++) {
            String alias = "company-" + i;
            String secret = customer.oidcClient("hugmenow-" + alias, issuer + "/broker/" + alias + "/endpoint");
            String body = Json.createObjectBuilder().add("displayName", "Company " + i).add("alias", alias).add("protocol", "oidc")
                    .add("vendor", "entra-id").add("policy", "directory").add("discoveryUrl", customer.discoveryUrl())
                    .add("clientId", "hugmenow-" + alias).add("clientSecret", secret).build().toString();
            long t0 = System.nanoTime();
            Api.Reply connected = api.post("/api/v1/admin/sign-in/providers", itAdmin.accessToken(), body);
            double ms = (System.nanoTime() - t0) / 1e6;
            if (connected.status() != 201) {
                throw new IllegalStateException("connecting failed: " + connected);
            }
            if (i > 0) {
                connects.add(ms); // the first also creates the realm's flows once
            } else {
                line(String.format("connect the first provider of the realm (its sign-in flows created too): %.0f ms", ms));
            }
        }
        Collections.sort(connects);
        line(String.format("connect an OIDC provider end to end (%d times): median %.0f ms, max %.0f ms   (target <= 3,000 ms)",
                connects.size(), connects.get(connects.size() / 2), connects.get(connects.size() - 1)));

        warmUp(issuer, appUrl);
        double direct = rate("direct password sign-in", issuer, appUrl, null, "direct", Tenants.PASSWORD, seconds);
        double brokered = rate("brokered OIDC sign-in", issuer, appUrl, "company-1", "company", CompanyIdp.PASSWORD, seconds);
        line(String.format("brokered / direct = %.2f   (target >= 0.50)", brokered / direct));
    }

    /** Every person signs in once both ways first, so the brokered runs measure linked people, not first sign-ins. */
    private void warmUp(String issuer, String appUrl) throws Exception {
        for (int i = 0; i < PEOPLE; i++) {
            new BrowserlessSignIn(issuer, "hugmenow-web", appUrl + "/app/").signIn(null, "direct" + i, Tenants.PASSWORD);
            BrowserlessSignIn.Outcome first = new BrowserlessSignIn(issuer, "hugmenow-web", appUrl + "/app/")
                    .signIn("company-1", "company" + i, CompanyIdp.PASSWORD);
            if (!first.signedIn()) {
                throw new IllegalStateException("a brokered sign-in failed: " + first.refusal());
            }
        }
    }

    /** Sign-ins per second at {@value #CONCURRENCY} concurrent clients, each a fresh browser (no session to reuse). */
    private double rate(String name, String issuer, String appUrl, String hint, String userPrefix, String password, int seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < CONCURRENCY; w++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String user = userPrefix + (next.getAndIncrement() % PEOPLE);
                    long start = System.nanoTime();
                    BrowserlessSignIn.Outcome outcome = new BrowserlessSignIn(issuer, "hugmenow-web", appUrl + "/app/")
                            .signIn(hint, user, password);
                    if (outcome.signedIn()) {
                        latencies.add((System.nanoTime() - start) / 1e6);
                    } else {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double perSecond = sorted.size() / elapsed;
        line(String.format("%s: %.1f/s at %d concurrent (%d in %.1f s, %d failed), p50 %.0f ms, p95 %.0f ms", name, perSecond,
                CONCURRENCY, sorted.size(), elapsed, failures.get(), percentile(sorted, 0.50), percentile(sorted, 0.95)));
        return perSecond;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
