package org.hugmenow.e2e.bench;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
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
 * The wellness benchmark ({@code deploy/wellness-benchmark.sh}): one tenant with 2,000 people and a year of
 * check-ins each, 64 of them real Keycloak users with tokens; then check-ins, history, trends, hugs and the
 * inbox under 32 clients, against GET /me in the same run. Prints figures and targets; asserts nothing.
 * Starts its own PostgreSQL, Keycloak and app on loopback, as {@link Benchmark} does.
 */
public final class WellnessBenchmark {

    static final String SLUG = "bench";
    private static final String PASSWORD = "bench-password-1";
    private static final int TOKEN_USERS = 64;
    private static final int DIRECTORY = 2_000;
    private static final int CLIENTS = 32;
    private static final Duration WARMUP = Duration.ofSeconds(10);
    private static final List<String> FALLBACK_EMOTIONS = List.of("calm", "content", "grateful", "happy", "tired", "stressed");

    /** A realm user with one token fetched up front; {@code id} is the token subject and the person id. */
    record User(String username, String id, String token) {
        String displayName() {
            return Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Demo";
        }
    }

    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "20"));
        new WellnessBenchmark().run(seconds);
    }

    private void run(int seconds) throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow wellness benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + java.time.Instant.now());
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            String url = postgres.jdbcUrl();
            new SchemaMigrator(WellnessBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(url));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            try (LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("wellness-keycloak.log"))) {
                keycloak.start();
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Path appLog = work.resolve("wellness-app.log");
                long started = System.nanoTime();
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port,
                        Benchmark.appEnvironment(url, keycloak.url(), appUrl), appLog, AppProcess.HEAP)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    line(String.format("app start-up to ready: %.1f s", (System.nanoTime() - started) / 1e9));
                    Thread.sleep(5000);
                    long idleRss = Benchmark.rssMb(app.pid());
                    line(String.format("app RSS at idle: %d MB", idleRss));
                    Api api = new Api(new java.net.URL(app.url()));
                    List<User> users = setUp(api, keycloak, admin, SLUG, TOKEN_USERS, 1, this::line);
                    LocalDate today = LocalDate.now(WellnessSeed.ZONE);
                    List<String> emotions = emotions(api, users.get(1), this::line);
                    String hugType = hugType(api, users.get(1), this::line);
                    WellnessSeed.seed(url, "tenant_" + SLUG.replace('-', '_'), users, emotions, hugType, DIRECTORY, today, this::line);
                    String history = "/api/v1/moods?from=" + today.minusYears(1) + "&to=" + today + "&limit=200";
                    historyCheck(api, history, users.get(0));
                    historyCheck(api, history, users.get(1));
                    long seededRss = Benchmark.rssMb(app.pid());
                    new WellnessLoad(app.url(), users, emotions, hugType, history, CLIENTS, WARMUP, Duration.ofSeconds(seconds),
                            this::line).run(app.pid(), idleRss, seededRss);
                }
            }
        }
        Files.writeString(work.resolve("wellness-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("wellness-results.txt"));
    }

    /**
     * Tenant {@code slug} through the provisioning API, its password-grant client, tokens valid for an hour,
     * and {@code count} users (the first {@code hrAdmins} also hr-admin) each with one token and one GET /me to enter the
     * directory. Then the hug allowance is lifted so a hug run measures sending, not refusing. Shared with
     * {@link InsightsBenchmark}.
     */
    static List<User> setUp(Api api, LocalKeycloak keycloak, KeycloakAdmin admin, String slug, int count, int hrAdmins,
                            Consumer<String> line) throws Exception {
        return setUp(api, keycloak, admin, slug, count, hrAdmins, 0, line);
    }

    /** As above, the {@code teamLeads} users after the hr-admins also team-lead. */
    static List<User> setUp(Api api, LocalKeycloak keycloak, KeycloakAdmin admin, String slug, int count, int hrAdmins, int teamLeads,
                            Consumer<String> line) throws Exception {
        long t0 = System.nanoTime();
        String operator = Tokens.passwordGrant(keycloak.url(), "platform", "olivia", DemoSetup.PASSWORD);
        Api.Reply created = api.post("/api/v1/platform/tenants", operator, Tenants.createBody(slug));
        if (created.status() != 202) {
            throw new IllegalStateException("provisioning failed: " + created);
        }
        Api.poll(() -> api.get("/api/v1/platform/tenants/" + slug, operator),
                r -> r.status() == 200 && r.body().contains("\"status\":\"active\""), Duration.ofMinutes(3), "tenant " + slug);
        line.accept(String.format("tenant %s provisioned with its realm: %.1f s", slug, (System.nanoTime() - t0) / 1e9));
        admin.addDevClient(slug);
        // The load phase lasts minutes and every token is fetched once, before it: outlive the 300 s default.
        admin.updateRealm(slug, Json.createObjectBuilder().add("accessTokenLifespan", 3600)
                .add("ssoSessionIdleTimeout", 7200).add("ssoSessionMaxLifespan", 36000).build());

        long t1 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<User> users = new ArrayList<>();
        try {
            List<Future<User>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String username = String.format("%s%02d", slug, i);
                List<String> roles = i < hrAdmins ? List.of("employee", "hr-admin")
                        : i < hrAdmins + teamLeads ? List.of("employee", "team-lead") : List.of("employee");
                futures.add(pool.submit(() -> {
                    String id = admin.ensureUser(slug, username, PASSWORD, roles);
                    String token = Tokens.passwordGrant(keycloak.url(), slug, username, PASSWORD);
                    Api.Reply me = api.get("/api/v1/me", token);
                    if (me.status() != 200) {
                        throw new IllegalStateException("GET /api/v1/me for " + username + ": " + me);
                    }
                    String userId = me.json().getString("userId", id);
                    if (!userId.equals(id)) {
                        line.accept("note: /me says userId " + userId + " for " + username + ", Keycloak says " + id + "; using /me's");
                    }
                    return new User(username, userId, token);
                }));
            }
            for (Future<User> future : futures) {
                users.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        line.accept(String.format("%d users created in Keycloak, one password-grant token each and GET /me once each: %.1f s",
                users.size(), (System.nanoTime() - t1) / 1e9));

        Api.Reply allowance = api.put("/api/v1/tenant/settings/wellness.hugs.daily-allowance", users.get(0).token(),
                "{\"value\":\"1000000\"}");
        line.accept("PUT /api/v1/tenant/settings/wellness.hugs.daily-allowance = 1000000 as " + users.get(0).username()
                + " (hr-admin): " + allowance.status() + (allowance.status() / 100 == 2 ? "" : " " + allowance.body()));
        return users;
    }

    /** The built-in emotion names, or a fallback list. */
    static List<String> emotions(Api api, User user, Consumer<String> line) {
        return vocabulary(api, "/api/v1/emotions", "name", user, FALLBACK_EMOTIONS, line);
    }

    /** The first built-in hug type, or "warm". */
    static String hugType(Api api, User user, Consumer<String> line) {
        return vocabulary(api, "/api/v1/hugs/types", "key", user, List.of("warm"), line).get(0);
    }

    /** Names from a vocabulary endpoint (built-in entries only), or the fallback if the endpoint is not there yet. */
    private static List<String> vocabulary(Api api, String path, String field, User user, List<String> fallback,
                                           Consumer<String> line) {
        Api.Reply reply = api.get(path, user.token());
        if (reply.status() == 200) {
            try {
                List<String> names = new ArrayList<>();
                JsonArray array = reply.array();
                for (JsonValue value : array) {
                    JsonObject item = value.asJsonObject();
                    if (!item.getBoolean("custom", false)) {
                        names.add(item.getString(field));
                    }
                }
                if (!names.isEmpty()) {
                    line.accept("vocabulary from GET " + path + ": " + names.size() + " entries, e.g. " + names.get(0));
                    return names;
                }
            } catch (RuntimeException e) {
                line.accept("note: GET " + path + " did not parse: " + e);
            }
        }
        line.accept("note: GET " + path + " answered " + reply.status() + "; using " + fallback);
        return fallback;
    }

    /** One history walk with a JSON parser, to print what the load's walks will read for this user. */
    private void historyCheck(Api api, String path, User user) {
        int pages = 0;
        int items = 0;
        String cursor = null;
        do {
            String page = cursor == null ? path : path + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
            Api.Reply reply = api.get(page, user.token());
            if (reply.status() != 200) {
                line("history check for " + user.username() + ": page " + (pages + 1) + " answered " + reply.status()
                        + " " + reply.body());
                return;
            }
            pages++;
            try {
                JsonObject body = reply.json();
                items += body.getJsonArray("items").size();
                JsonValue next = body.get("nextCursor");
                cursor = next instanceof JsonString s && !s.getString().isEmpty() ? s.getString() : null;
            } catch (RuntimeException e) {
                line("history check for " + user.username() + ": page " + pages + " is not {items, nextCursor}: " + e);
                return;
            }
        } while (cursor != null && pages < 100);
        line(String.format("history check: GET %s for %s: %,d entries in %d pages", path, user.username(), items, pages));
    }

    private synchronized void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
