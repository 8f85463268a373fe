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
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The foundation benchmark ({@code deploy/benchmark.sh}). Prints figures; asserts nothing,
 * because these machines are noisy. Starts its own PostgreSQL, Keycloak and app on loopback.
 */
public final class Benchmark {

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
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
                Map<String, String> env = appEnvironment(url, keycloak.url(), appUrl);
                long started = System.nanoTime();
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env,
                        work.resolve("app.log"), AppProcess.HEAP)) {
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
        List<TenantSlug> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 1; i <= tenantCount; i++) {
                TenantSlug slug = new TenantSlug(String.format("bench-%04d", i));
                all.add(slug);
                register(c, slug);
            }
        }
        line("schema + migrations per tenant, through a connection pool as in the app (target <= 100 ms):");
        try (var pool = org.hugmenow.platform.db.ConnectionPools.migrationPool(
                new org.hugmenow.platform.db.DatabaseSettings(dataSource.url(), LocalPostgres.USER, LocalPostgres.PASSWORD,
                        8, 1, Duration.ofMinutes(30)), 2)) {
            migrateInBatches(migrator, pool, all, tenantCount);
        }
    }

    private void migrateInBatches(SchemaMigrator migrator, javax.sql.DataSource pool, List<TenantSlug> all, int tenantCount) {
        List<Double> sequential = new ArrayList<>();
        int done = 0;
        for (int upTo : new int[] {1, 100, 1000}) {
            if (upTo > tenantCount) {
                break;
            }
            List<TenantSlug> batch = all.subList(done, upTo);
            if (upTo == 1) {
                long t0 = System.nanoTime();
                migrator.migrateTenant(pool, batch.get(0));
                line(String.format("  tenant 1 (empty database): %.0f ms", (System.nanoTime() - t0) / 1e6));
            } else {
                for (TenantSlug one : batch.subList(0, 10)) {
                    long t0 = System.nanoTime();
                    migrator.migrateTenant(pool, one);
                    sequential.add((System.nanoTime() - t0) / 1e6);
                }
                List<TenantSlug> rest = batch.subList(10, batch.size());
                long t0 = System.nanoTime();
                try {
                    new org.hugmenow.platform.db.TenantMigrationRunner(migrator, 2).migrateBehind(pool, rest);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                double wall = (System.nanoTime() - t0) / 1e6;
                line(String.format("  up to %,d tenants: one at a time %.0f ms each (mean of 10); with the start-up runner"
                        + " (2 threads) %.0f ms per tenant (%d tenants in %.1f s)",
                        upTo, mean(sequential), wall / rest.size(), rest.size(), wall / 1000));
                sequential.clear();
            }
            done = upTo;
        }
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
        String publicUrl = app.url() + "/api/v1/activation?token=x";
        String meUrl = app.url() + "/api/v1/me";
        load("warm-up", publicUrl, null, Duration.ofSeconds(10));
        load("warm-up", meUrl, token, Duration.ofSeconds(10));
        RssSampler sampler = new RssSampler(app.pid());
        sampler.start();
        LoadRun.Result open = load("GET /api/v1/activation (public)", publicUrl, null, Duration.ofSeconds(seconds));
        LoadRun.Result me = load("GET /api/v1/me (bearer)", meUrl, token, Duration.ofSeconds(seconds));
        sampler.stop();
        line("load: 32 concurrent connections, " + seconds + " s each after a 10 s warm-up of each, generator ("
                + (WrkRun.available() ? "wrk" : "JDK HttpClient") + ") on the same 2 cores");
        for (LoadRun.Result r : List.of(open, me)) {
            line(String.format("  %-34s %8.0f req/s   p50 %6.2f ms   p99 %7.2f ms   errors %d",
                    r.name(), r.throughput(), r.p50Ms(), r.p99Ms(), r.errors()));
        }
        line(String.format("  /me throughput / public endpoint throughput: %.0f%% (target >= 60%%)",
                100 * me.throughput() / open.throughput()));
        line(String.format("app RSS under load: peak %d MB", sampler.peakMb()));
    }

    private static LoadRun.Result load(String name, String url, String token, Duration duration) throws Exception {
        return WrkRun.available() ? WrkRun.run(name, url, token, 32, duration) : LoadRun.run(name, url, token, 32, duration);
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

    /** The app's environment for this database and Keycloak; shared with {@link WellnessBenchmark}. */
    static Map<String, String> appEnvironment(String jdbcUrl, String keycloakUrl, String appUrl) {
        return Map.of("HUGMENOW_DB_URL", jdbcUrl, "HUGMENOW_DB_USER", LocalPostgres.USER,
                "HUGMENOW_DB_PASSWORD", LocalPostgres.PASSWORD, "HUGMENOW_KEYCLOAK_URL", keycloakUrl,
                "HUGMENOW_KEYCLOAK_ADMIN_USERNAME", LocalKeycloak.ADMIN_USER,
                "HUGMENOW_KEYCLOAK_ADMIN_PASSWORD", LocalKeycloak.ADMIN_PASSWORD, "HUGMENOW_APP_URL", appUrl,
                "HUGMENOW_WELLNESS_NOTES_KEY", org.hugmenow.launcher.NotesKey.random(),
                "HUGMENOW_DIRECTORY_SECRETS_KEY", org.hugmenow.launcher.NotesKey.random());
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

    /**
     * Stops the processes a benchmark started (PostgreSQL, Keycloak, the app) when it is ended
     * early with Ctrl-C or SIGTERM: the JVM then runs shutdown hooks, not the try blocks that
     * close them. After a normal end they are gone already and this finds nothing.
     */
    static void stopChildrenOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy)));
    }

    static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static void deleteData(Path dir) throws Exception {
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
