package org.hugmenow.e2e.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.e2e.Tenants;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.hugmenow.platform.db.SchemaMigrator;

/**
 * The directory benchmark ({@code deploy/directory-benchmark.sh}): 10,000 users through SCIM /Bulk
 * (1,000 operations a request) with the realm users created in Keycloak, then again with Keycloak
 * stopped; {@code userName eq} filter latency at 10,000 users; and full HR syncs of 10,000
 * employees from a fake BambooHR: the first, one with nothing changed, one with 1% changed.
 * Prints figures and targets; asserts nothing.
 */
public final class DirectoryBenchmark {

    private static final int USERS = 10_000;
    private static final int PER_BULK = 1_000;
    private static final String PASSWORD = "bench-password-1";

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        new DirectoryBenchmark().run(Integer.parseInt(System.getProperty("bench.seconds", "20")));
    }

    private void run(int seconds) throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow directory benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + java.time.Instant.now());
        WireMockServer hr = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        hr.start();
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            String url = postgres.jdbcUrl();
            new SchemaMigrator(DirectoryBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(url));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("directory-keycloak.log"));
            keycloak.start();
            try {
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Path appLog = work.resolve("directory-app.log");
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port,
                        Benchmark.appEnvironment(url, keycloak.url(), appUrl), appLog, AppProcess.HEAP)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    Api api = new Api(new java.net.URL(app.url()));
                    String operator = Tokens.passwordGrant(keycloak.url(), "platform", "olivia", DemoSetup.PASSWORD);
                    Map<String, String> admins = new java.util.HashMap<>();
                    for (String slug : List.of("scim-kc", "scim-nokc", "hr-sync")) {
                        admins.put(slug, provision(api, admin, keycloak, operator, slug));
                    }
                    String withKeycloak = scimToken(api, admins.get("scim-kc"));
                    String withoutKeycloak = scimToken(api, admins.get("scim-nokc"));
                    String connection = hrConnection(api, admins.get("hr-sync"), hr);

                    bulk(api, withKeycloak, "kc", true, url, admin, "scim-kc");
                    filterLatency(app.url(), withKeycloak, seconds, 1);
                    filterLatency(app.url(), withKeycloak, seconds, 8);
                    keycloak.stop();
                    line("Keycloak stopped.");
                    bulk(api, withoutKeycloak, "nokc", false, url, admin, "scim-nokc");
                    hrSyncs(api, admins.get("hr-sync"), connection, hr);
                    line(String.format("app RSS at the end: %d MB", Benchmark.rssMb(app.pid())));
                }
            } finally {
                keycloak.close();
                hr.stop();
            }
        }
        Files.writeString(work.resolve("directory-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("directory-results.txt"));
    }

    /** A tenant through the provisioning API, with an it-admin/hr-admin whose token lasts the run. */
    private String provision(Api api, KeycloakAdmin admin, LocalKeycloak keycloak, String operator, String slug) throws Exception {
        Api.Reply created = api.post("/api/v1/platform/tenants", operator, Tenants.createBody(slug));
        if (created.status() != 202) {
            throw new IllegalStateException("provisioning " + slug + " failed: " + created);
        }
        Api.poll(() -> api.get("/api/v1/platform/tenants/" + slug, operator),
                r -> r.status() == 200 && r.body().contains("\"status\":\"active\""), Duration.ofMinutes(3), "tenant " + slug);
        admin.addDevClient(slug);
        admin.updateRealm(slug, Json.createObjectBuilder().add("accessTokenLifespan", 3600)
                .add("ssoSessionIdleTimeout", 7200).add("ssoSessionMaxLifespan", 36000).build());
        admin.ensureUser(slug, "bench-admin", PASSWORD, List.of("it-admin", "hr-admin"));
        String token = Tokens.passwordGrant(keycloak.url(), slug, "bench-admin", PASSWORD);
        if (api.get("/api/v1/me", token).status() != 200) {
            throw new IllegalStateException("admin of " + slug + " cannot call the API");
        }
        return token;
    }

    private static String scimToken(Api api, String adminToken) {
        Api.Reply r = api.post("/api/v1/admin/scim-tokens", adminToken, "{\"kind\":\"token\",\"label\":\"benchmark\"}");
        if (r.status() != 201) {
            throw new IllegalStateException("SCIM token: " + r);
        }
        return r.json().getString("token");
    }

    private void bulk(Api api, String token, String prefix, boolean awaitKeycloak, String jdbcUrl, KeycloakAdmin admin, String slug)
            throws Exception {
        List<Double> requestSeconds = new ArrayList<>();
        long started = System.nanoTime();
        for (int batch = 0; batch < USERS / PER_BULK; batch++) {
            JsonArrayBuilder ops = Json.createArrayBuilder();
            for (int i = 0; i < PER_BULK; i++) {
                int n = batch * PER_BULK + i;
                String userName = prefix + "." + n + "@bench.example";
                ops.add(Json.createObjectBuilder().add("method", "POST").add("path", "/Users").add("bulkId", "u" + n)
                        .add("data", Json.createObjectBuilder()
                                .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:schemas:core:2.0:User"))
                                .add("userName", userName).add("externalId", prefix + "-" + n)
                                .add("name", Json.createObjectBuilder().add("givenName", "User").add("familyName", "No" + n))
                                .add("emails", Json.createArrayBuilder().add(Json.createObjectBuilder().add("value", userName).add("type", "work").add("primary", true)))));
            }
            String body = Json.createObjectBuilder()
                    .add("schemas", Json.createArrayBuilder().add("urn:ietf:params:scim:api:messages:2.0:BulkRequest"))
                    .add("Operations", ops).build().toString();
            long t = System.nanoTime();
            Api.Reply r = api.exchange("POST", "/scim/v2/Bulk", Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/scim+json"), body);
            requestSeconds.add((System.nanoTime() - t) / 1e9);
            if (r.status() != 200 || r.body().contains("\"status\":\"4") || r.body().contains("\"status\":\"5")) {
                throw new IllegalStateException("bulk " + batch + " failed: " + r.status() + " " + r.body().substring(0, Math.min(500, r.body().length())));
            }
        }
        double directory = (System.nanoTime() - started) / 1e9;
        line(String.format("SCIM /Bulk, %,d users in %d requests of %,d (%s): directory written in %.1f s (%.0f users/s; per request %.1f–%.1f s)",
                USERS, USERS / PER_BULK, PER_BULK, awaitKeycloak ? "Keycloak running" : "Keycloak stopped", directory, USERS / directory,
                Collections.min(requestSeconds), Collections.max(requestSeconds)));
        if (awaitKeycloak) {
            String schema = "tenant_" + slug.replace('-', '_');
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            long pending;
            do {
                Thread.sleep(250);
                pending = count(jdbcUrl, "SELECT count(*) FROM " + schema + ".person WHERE idp_pending");
            } while (pending > 0 && System.nanoTime() < deadline);
            double total = (System.nanoTime() - started) / 1e9;
            long realmUsers = admin.count(slug + "/users/count");
            line(String.format("  ... and every realm user created in Keycloak (%,d in the realm, %,d still pending): %.1f s from the first request  [target <= 120 s]",
                    realmUsers, pending, total));
        } else {
            line(String.format("  [target without Keycloak <= 30 s]"));
        }
    }

    private void filterLatency(String appUrl, String token, int seconds, int clients) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Api api = new Api(new java.net.URL(appUrl));
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String filter = "userName eq \"kc." + ThreadLocalRandom.current().nextInt(USERS) + "@bench.example\"";
                    long t = System.nanoTime();
                    Api.Reply r = api.exchange("GET", "/scim/v2/Users?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8).replace("+", "%20"),
                            Map.of("Authorization", "Bearer " + token), null);
                    double ms = (System.nanoTime() - t) / 1e6;
                    if (r.status() != 200 || !r.body().contains("\"totalResults\":1")) {
                        throw new IllegalStateException("filter failed: " + r);
                    }
                    if (System.nanoTime() > warmupEnd) {
                        latencies.add(ms);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        line(String.format("SCIM filter userName eq, %,d users, %d client(s) for %d s: %,d requests (%.0f/s), p50 %.1f ms, p99 %.1f ms  [target p99 <= 20 ms]",
                USERS, clients, seconds, sorted.size(), sorted.size() / (double) seconds, pct(sorted, 0.50), pct(sorted, 0.99)));
    }

    private String hrConnection(Api api, String adminToken, WireMockServer hr) {
        serve(hr, 0);
        JsonObject body = Json.createObjectBuilder().add("connector", "bamboohr").add("label", "Benchmark BambooHR")
                .add("settings", Json.createObjectBuilder().add("baseUrl", "http://127.0.0.1:" + hr.port())
                        .add("companyDomain", "bench").add("apiKey", "0123456789abcdef0123456789abcdef01234567"))
                .build();
        Api.Reply r = api.post("/api/v1/admin/hr-connections", adminToken, body.toString());
        if (r.status() != 201) {
            throw new IllegalStateException("HR connection: " + r);
        }
        return r.json().getString("id");
    }

    /** BambooHR's custom report with every employee; {@code changed} of them moved to another department. */
    private static void serve(WireMockServer hr, int changed) {
        JsonArrayBuilder employees = Json.createArrayBuilder();
        for (int i = 0; i < USERS; i++) {
            employees.add(Json.createObjectBuilder().add("id", Integer.toString(1000 + i))
                    .add("firstName", "Emp").add("lastName", "Loyee" + i).add("workEmail", "emp" + i + "@hr.example")
                    .add("status", "Active").add("department", i < changed ? "Moved" : "Dept " + (i % 20))
                    .add("division", "CC-" + (i % 7)).add("location", "Berlin").add("hireDate", "2020-01-01")
                    .addNull("supervisorEId"));
        }
        String report = Json.createObjectBuilder().add("title", "HugMeNow directory").add("fields", Json.createArrayBuilder())
                .add("employees", employees).build().toString();
        hr.resetAll();
        hr.stubFor(WireMock.post(WireMock.urlPathMatching("/api/gateway.php/bench/v1/reports/custom"))
                .willReturn(WireMock.okJson(report)));
    }

    private void hrSyncs(Api api, String adminToken, String connection, WireMockServer hr) throws Exception {
        line(String.format("HR sync, %,d employees from a fake BambooHR: first run %s", USERS, sync(api, adminToken, connection)));
        line(String.format("HR sync, nothing changed: %s  [target <= 10 s, only the diff written]", sync(api, adminToken, connection)));
        serve(hr, USERS / 100);
        line(String.format("HR sync, 1%% changed: %s", sync(api, adminToken, connection)));
    }

    private static String sync(Api api, String adminToken, String connection) {
        long t = System.nanoTime();
        Api.Reply started = api.post("/api/v1/admin/hr-connections/" + connection + "/runs", adminToken, "{\"mode\":\"full\",\"dryRun\":false}");
        if (started.status() != 202) {
            throw new IllegalStateException("run: " + started);
        }
        String run = started.json().getString("id");
        Api.Reply done = Api.poll(() -> api.get("/api/v1/admin/sync-runs/" + run, adminToken),
                r -> r.status() == 200 && !r.body().contains("\"status\":\"fetching\"") && !r.body().contains("\"status\":\"applying\""),
                Duration.ofMinutes(10), "sync run " + run);
        double s = (System.nanoTime() - t) / 1e9;
        JsonObject v = done.json();
        return String.format("%.1f s, status %s, counts %s", s, v.getString("status"), v.get("counts"));
    }

    private static long count(String jdbcUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, LocalPostgres.PASSWORD);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
