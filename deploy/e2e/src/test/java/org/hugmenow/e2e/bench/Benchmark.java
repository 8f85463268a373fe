package org.hugmenow.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.tenant.registry.domain.TenantSlug;

/**
 * The foundation benchmark ({@code deploy/benchmark.sh}). Prints figures; asserts nothing,
 * because these machines are noisy. Starts its own PostgreSQL, Keycloak and app on loopback.
 */
public final class Benchmark {

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        int tenants = Integer.parseInt(System.getProperty("bench.tenants", "1000"));
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "20"));
        new Benchmark().run(tenants, seconds);
    }

    private void run(int tenantCount, int seconds) throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow foundation benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, "
                + java.time.Instant.now());
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            String url = postgres.jdbcUrl();
            var dataSource = new SimpleDataSource(url);
            SchemaMigrator migrator = new SchemaMigrator(Benchmark.class.getClassLoader());
            migrator.migratePlatform(dataSource);
            schemaFigures(migrator, dataSource, tenantCount);

            Path dist = LocalKeycloak.findDistribution(root);
            deleteData(dist.resolve("data"));
            try (LocalKeycloak keycloak = new LocalKeycloak(dist, freePort(), work.resolve("keycloak.log"))) {
                keycloak.start();
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Map<String, String> env = Map.of("HUGMENOW_DB_URL", url, "HUGMENOW_DB_USER", LocalPostgres.USER,
                        "HUGMENOW_DB_PASSWORD", LocalPostgres.PASSWORD, "HUGMENOW_KEYCLOAK_URL", keycloak.url(),
                        "HUGMENOW_KEYCLOAK_ADMIN_USERNAME", LocalKeycloak.ADMIN_USER,
                        "HUGMENOW_KEYCLOAK_ADMIN_PASSWORD", LocalKeycloak.ADMIN_PASSWORD, "HUGMENOW_APP_URL", appUrl);
                long started = System.nanoTime();
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env,
                        work.resolve("app.log"), "768m")) {
                    app.awaitHealthy(Duration.ofMinutes(5), work.resolve("app.log"));
                    line(String.format("app start-up to ready with %d up-to-date tenants: %.1f s (target <= 30 s)",
                            tenantCount, (System.nanoTime() - started) / 1e9));
                    Thread.sleep(5000);
                    line(String.format("app RSS at idle: %d MB", rssMb(app.pid())));
                    provisioningFigures(app.url(), keycloak, admin);
                    loadFigures(app, keycloak, admin, seconds);
                }
            }
        }
        Files.writeString(work.resolve("results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("results.txt"));
    }

    private void schemaFigures(SchemaMigrator migrator, SimpleDataSource dataSource, int tenantCount) throws Exception {
        List<Double> millis = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 1; i <= tenantCount; i++) {
                TenantSlug slug = new TenantSlug(String.format("bench-%04d", i));
                long t0 = System.nanoTime();
                migrator.migrateTenant(dataSource, slug);
                millis.add((System.nanoTime() - t0) / 1e6);
                register(c, slug);
            }
        }
        line("schema + migrations per tenant (sequential; target <= 100 ms):");
        line(String.format("  tenant 1: %.0f ms", millis.get(0)));
        if (tenantCount >= 100) {
            line(String.format("  tenants 91-100 (100 schemas): mean %.0f ms", mean(millis.subList(90, 100))));
        }
        if (tenantCount >= 1000) {
            line(String.format("  tenants 991-1000 (1,000 schemas): mean %.0f ms", mean(millis.subList(990, 1000))));
        }
        line(String.format("  all %d: mean %.0f ms", tenantCount, mean(millis)));
    }

    private void provisioningFigures(String appUrl, LocalKeycloak keycloak, KeycloakAdmin admin) throws Exception {
        Api api = new Api(new java.net.URL(appUrl));
        String operator = Tokens.passwordGrant(keycloak.url(), "platform", "olivia", "demo");
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String slug = "prov-" + UUID.randomUUID().toString().substring(0, 6);
            long t0 = System.nanoTime();
            Api.Reply created = api.post("/api/v1/platform/tenants", operator, org.hugmenow.e2e.Tenants.createBody(slug));
            if (created.status() != 202) {
                throw new IllegalStateException("provisioning failed: " + created);
            }
            while (!api.get("/api/v1/platform/tenants/" + slug, operator).body().contains("\"status\":\"active\"")) {
                Thread.sleep(50);
            }
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        line(String.format("full provisioning with realm (request to active), 3 runs: %.2f s, %.2f s, %.2f s",
                seconds.get(0), seconds.get(1), seconds.get(2)));
    }

    private void loadFigures(AppProcess app, LocalKeycloak keycloak, KeycloakAdmin admin, int seconds) throws Exception {
        String slug = "load-" + UUID.randomUUID().toString().substring(0, 6);
        Api api = new Api(new java.net.URL(app.url()));
        String operator = Tokens.passwordGrant(keycloak.url(), "platform", "olivia", "demo");
        api.post("/api/v1/platform/tenants", operator, org.hugmenow.e2e.Tenants.createBody(slug));
        while (!api.get("/api/v1/platform/tenants/" + slug, operator).body().contains("\"status\":\"active\"")) {
            Thread.sleep(100);
        }
        admin.addDevClient(slug);
        admin.ensureUser(slug, "emma", "demo-password", List.of("employee"));
        String token = Tokens.passwordGrant(keycloak.url(), slug, "emma", "demo-password");
        RssSampler sampler = new RssSampler(app.pid());
        sampler.start();
        LoadRun.Result open = LoadRun.run("GET /api/v1/activation (public)", app.url() + "/api/v1/activation?token=x",
                null, 32, Duration.ofSeconds(seconds));
        LoadRun.Result me = LoadRun.run("GET /api/v1/me (bearer)", app.url() + "/api/v1/me", token, 32, Duration.ofSeconds(seconds));
        sampler.stop();
        line("load: 32 concurrent clients, " + seconds + " s each after 3 s warm-up, generator on the same machine");
        for (LoadRun.Result r : List.of(open, me)) {
            line(String.format("  %-34s %8.0f req/s   p50 %6.2f ms   p99 %7.2f ms   errors %d",
                    r.name(), r.throughput(), r.p50Ms(), r.p99Ms(), r.errors()));
        }
        line(String.format("  /me throughput / public endpoint throughput: %.0f%% (target >= 60%%)",
                100 * me.throughput() / open.throughput()));
        line(String.format("app RSS under load: peak %d MB", sampler.peakMb()));
    }

    private static void register(Connection c, TenantSlug slug) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO platform.tenant (id, slug, name, status, plan,"
                + " keycloak_url, realm, issuer) VALUES (?, ?, ?, 'active', 'standard', 'http://127.0.0.1:1', ?, ?)")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, slug.value());
            s.setString(3, slug.value());
            s.setString(4, slug.value());
            s.setString(5, "http://127.0.0.1:1/realms/" + slug.value());
            s.executeUpdate();
        }
    }

    static long rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteData(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
