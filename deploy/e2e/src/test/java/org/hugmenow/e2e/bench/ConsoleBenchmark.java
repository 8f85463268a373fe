package org.hugmenow.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.platform.db.SchemaMigrator;
import org.hugmenow.platform.tenancy.TenantSlug;

/**
 * The console benchmark ({@code deploy/console-benchmark.sh}): page views of the admin console by
 * {@value #CLIENTS} concurrent signed-in sessions, each signed in once through Keycloak's real login page
 * over plain HTTP ({@link ConsoleClient}), and the app's RSS with {@value #OPEN_SESSIONS} open sessions.
 * Pages: the insights heatmap of a 10,000-person tenant seeded as the insights benchmark seeds it (rollups
 * rebuilt), the people list of that tenant and a search in it, the sync-run list if the console has one,
 * and the operators' tenants list with 1,000 tenants ({@link ManyTenants}). A view counts only with status
 * 200 and a marker of the page's real content, so a refusal page or the front door is an error. Prints
 * figures and targets (and writes deploy/e2e/target/bench/console-results.txt); asserts nothing.
 */
public final class ConsoleBenchmark {

    static final String SLUG = InsightsBenchmark.SLUG;
    private static final String SCHEMA = "tenant_" + SLUG;
    private static final String PASSWORD = "bench-password-1";
    private static final String OPERATOR_PASSWORD = "operator-password-1";
    private static final int CLIENTS = 8;
    private static final int OPEN_SESSIONS = 50;
    private static final Duration WARMUP = Duration.ofSeconds(5);
    private static final double PAGE_TARGET_MS = 300;
    private static final long RSS_TARGET_MB = 1024;
    /** A PostLoad status for a 200 without the page's marker (a refusal page, the front door, an error page). */
    private static final int NO_MARKER = -3;

    private final StringBuilder report = new StringBuilder();
    private final int people;
    private final int tenants;
    private final int seconds;
    private final Map<String, Double> p95s = new java.util.LinkedHashMap<>();

    private ConsoleBenchmark(int people, int tenants, int seconds) {
        this.people = people;
        this.tenants = tenants;
        this.seconds = seconds;
    }

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        new ConsoleBenchmark(Integer.getInteger("console.people", 10_000), Integer.getInteger("console.tenants", 1_000),
                Integer.getInteger("bench.seconds", 20)).run();
    }

    private void run() throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow console benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + java.time.Instant.now()
                + String.format("; %,d people, %,d extra tenants, %d sessions viewing, %d open", people, tenants, CLIENTS, OPEN_SESSIONS));
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            String url = postgres.jdbcUrl();
            new SchemaMigrator(ConsoleBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(url));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            try (LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("console-keycloak.log"))) {
                keycloak.start();
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                for (int i = 0; i < CLIENTS; i++) {
                    admin.ensureUser("platform", String.format("operator%02d", i), OPERATOR_PASSWORD, List.of("platform-operator"));
                }
                Map<String, String> env = new HashMap<>(Benchmark.appEnvironment(url, keycloak.url(), appUrl));
                env.put("HUGMENOW_CONSOLE_SESSION_KEY", org.hugmenow.launcher.NotesKey.random());
                Path appLog = work.resolve("console-app.log");
                Files.deleteIfExists(appLog);
                long started = System.nanoTime();
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env, appLog, AppProcess.HEAP);
                     Connection db = DriverManager.getConnection(url, LocalPostgres.USER, LocalPostgres.PASSWORD)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    line(String.format("app start-up to ready: %.1f s", (System.nanoTime() - started) / 1e9));
                    Thread.sleep(5000);
                    long idleRss = Benchmark.rssMb(app.pid());
                    line(String.format("app RSS at idle: %d MB", idleRss));
                    Api api = new Api(new java.net.URL(app.url()));
                    List<WellnessBenchmark.User> users = WellnessBenchmark.setUp(api, keycloak, admin, SLUG, OPEN_SESSIONS, OPEN_SESSIONS,
                            this::line);
                    // Registered after start-up (whose realm-client check would try every registered realm) and after
                    // the provisioned tenant, whose recorded steps they copy.
                    List<TenantSlug> many = ManyTenants.seed(url, tenants, SLUG, this::line);
                    List<String> emotions = WellnessBenchmark.emotions(api, users.get(0), this::line);
                    String hugType = WellnessBenchmark.hugType(api, users.get(0), this::line);
                    InsightsBenchmark.awaitNoRebuildPending(db, this::line);
                    InsightsSeed.seed(url, SCHEMA, users, Set.of(), emotions, hugType, people, people * 20, LocalDate.now(WellnessSeed.ZONE),
                            this::line);
                    InsightsBenchmark.rebuild(db, this::line);
                    ManyTenants.awaitOutboxes(url, many, Duration.ofMinutes(5), this::line);
                    line(String.format("registry: %,d tenants; app RSS after seeding: %d MB",
                            ManyTenants.count(url, "SELECT count(*) FROM platform.tenant"), Benchmark.rssMb(app.pid())));

                    List<ConsoleClient> hr = signIn(app.url(), "/console/t/" + SLUG + "/", users.subList(0, CLIENTS).stream()
                            .map(WellnessBenchmark.User::username).toList(), PASSWORD, "hr-admins");
                    List<String> operatorNames = new ArrayList<>();
                    for (int i = 0; i < CLIENTS; i++) {
                        operatorNames.add(String.format("operator%02d", i));
                    }
                    List<ConsoleClient> operators = signIn(app.url(), "/console/operators", operatorNames, OPERATOR_PASSWORD, "operators");
                    pageViews(hr, operators, db);
                    openSessions(app, db, users, hr, idleRss);
                    targets();
                    appLogProblems(appLog);
                }
            }
        }
        Files.writeString(work.resolve("console-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("console-results.txt"));
    }

    /** Each name signs in once, one after the other, through Keycloak's login page; prints the time each took. */
    private List<ConsoleClient> signIn(String appUrl, String start, List<String> names, String password, String who) throws Exception {
        List<ConsoleClient> clients = new ArrayList<>();
        double[] ms = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            ConsoleClient client = new ConsoleClient(appUrl);
            long t0 = System.nanoTime();
            client.signIn(start, names.get(i), password);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            clients.add(client);
        }
        java.util.Arrays.sort(ms);
        line(String.format("%d %s signed in at %s (console sign-in URL -> Keycloak login page -> form POST -> callback -> home):"
                + " p50 %.0f ms, max %.0f ms each", names.size(), who, start, pct(ms, 0.5), ms[ms.length - 1]));
        return clients;
    }

    private void pageViews(List<ConsoleClient> hr, List<ConsoleClient> operators, Connection db) throws Exception {
        String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        String insights = "/console/insights/insights.xhtml?period=" + month;
        String peoplePage = "/console/hr/people.xhtml";
        String tenantsPage = "/console/platform/tenants.xhtml";
        // One view of each first, alone, to print what the pages show.
        ConsoleClient.Page one = hr.get(0).view(insights);
        String heatmap = section(one.body(), "id=\"heatmap\"", "id=\"trendTitle\"");
        int cells = occurrences(heatmap, "<td class=\"hm-cell-");
        int hidden = occurrences(heatmap, "<td class=\"hm-cell-hidden");
        line(String.format("first views, one at a time: insights %s -> %d, %,d bytes, heatmap %d rows, %d cells (%d hidden)", month,
                one.status(), one.body().length(), occurrences(heatmap, "scope=\"row\""), cells, hidden));
        ConsoleClient.Page list = hr.get(0).view(peoplePage);
        line(String.format("  people -> %d, %,d bytes, %d names listed, %d teams in the tree", list.status(), list.body().length(),
                occurrences(section(list.body(), "id=\"foundList\"", "</ul>"), "<li>"),
                occurrences(section(list.body(), "id=\"teamTree\"", "</ul>"), "<li")));
        ConsoleClient.Page ops = operators.get(0).view(tenantsPage);
        String rows = section(ops.body(), "id=\"tenants:list_data\"", "</tbody>");
        line(String.format("  tenants -> %d, %,d bytes, %d rows on the first page (%d without a people count)", ops.status(),
                ops.body().length(), occurrences(rows, "data-ri="), occurrences(rows, ">n/a<")));

        line("machine load average (1/5/15 min) before the page views: " + loadAverage());
        line(String.format("page views, %d sessions at once (each its own signed-in person, own cookies and connection), %d s after %d s"
                + " warm-up; a view counts with 200 and the page's marker:", CLIENTS, seconds, WARMUP.toSeconds()));
        measure("insights heatmap (hr-admin, " + month + ")", hr, insights,
                body -> body.contains("id=\"heatmap\"") && section(body, "id=\"heatmap\"", "id=\"trendTitle\"").contains("scope=\"row\""));
        measure("people list, first page (hr-admin)", hr, peoplePage, body -> body.contains("<li>Employee "));
        for (ConsoleClient client : hr) {
            client.view(peoplePage);
        }
        measureSearch(hr, peoplePage);
        syncRuns(hr, db);
        measure("tenants list, first page (operator, " + String.format("%,d", longOf(db, "SELECT count(*) FROM platform.tenant")) + " tenants)", operators,
                tenantsPage, body -> body.contains(">" + ManyTenants.PREFIX + "0001<") || body.contains(ManyTenants.PREFIX + "0001"));
    }

    private void measure(String name, List<ConsoleClient> clients, String path, java.util.function.Predicate<String> marker)
            throws InterruptedException {
        record(name, PostLoad.run(name, (http, n) -> {
            ConsoleClient.Page page = clients.get(PostLoad.clientIndex()).view(path);
            return outcome(page, marker);
        }, CLIENTS, WARMUP, Duration.ofSeconds(seconds)));
    }

    /** The people search as the page sends it: a PrimeFaces ajax postback of the query, rendering the list. */
    private void measureSearch(List<ConsoleClient> hr, String peoplePage) throws InterruptedException {
        String name = "people search, ajax postback (hr-admin)";
        record(name, PostLoad.run(name, (http, n) -> {
            ConsoleClient client = hr.get(PostLoad.clientIndex());
            String query = String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            ConsoleClient.Page page = client.ajax(peoplePage, "people", "people:search", "people:search people:query", "people:found",
                    Map.of("people:query", query));
            return outcome(page, body -> body.contains("<update id=\"people:found\">") && body.contains("foundList") && !body.contains("<error>"));
        }, CLIENTS, WARMUP, Duration.ofSeconds(seconds)));
    }

    /**
     * The HR sync-run list, if the console has one: the hr-admin's menu (computed from the list of console
     * pages) names the HR connections page, whose runs open on the sync-run page. Then a few hundred runs
     * are seeded by SQL and the page is measured; otherwise "not built".
     */
    private void syncRuns(List<ConsoleClient> hr, Connection db) throws Exception {
        ConsoleClient.Page home = hr.get(0).view("/console/home.xhtml");
        Matcher link = Pattern.compile("href=\"/console/hr/hr-connections\\.xhtml\"").matcher(home.body());
        if (!link.find()) {
            line("  sync-run list: not built (no HR connections page in the hr-admin's menu)");
            p95s.put("sync-run list", Double.NaN);
            return;
        }
        UUID connection = UUID.randomUUID();
        String path = "/console/hr/sync-runs.xhtml?connection=" + connection;
        try (var s = db.createStatement()) {
            s.executeUpdate("INSERT INTO " + SCHEMA + ".hr_connection (id, connector, label, settings_cipher) VALUES ('" + connection
                    + "', 'bamboohr', 'BambooHR (benchmark)', '\\x00'::bytea)");
            s.executeUpdate("INSERT INTO " + SCHEMA + ".sync_run (id, connection_id, mode, dry_run, status, creates, updates, total, applied,"
                    + " triggered_by, started_at, heartbeat_at, finished_at) SELECT gen_random_uuid(), '" + connection + "',"
                    + " CASE WHEN g % 10 = 0 THEN 'full' ELSE 'incremental' END, g % 7 = 0, 'succeeded', g % 13, g % 29, 10000, g % 29 + g % 13,"
                    + " 'schedule', now() - g * interval '1 hour', now() - g * interval '1 hour', now() - g * interval '1 hour' + interval '40 s'"
                    + " FROM generate_series(1, 300) g");
        }
        measure("sync-run list (hr-admin, 300 runs) " + path, hr, path, body -> body.contains("succeeded"));
    }

    private static PostLoad.Outcome outcome(ConsoleClient.Page page, java.util.function.Predicate<String> marker) {
        if (page.status() != 200) {
            return new PostLoad.Outcome(page.status(), 1, ConsoleClient.heading(page.body()));
        }
        return marker.test(page.body()) ? new PostLoad.Outcome(200, 1, null)
                : new PostLoad.Outcome(NO_MARKER, 1, "no marker: " + ConsoleClient.heading(page.body()));
    }

    private void record(String name, PostLoad.Result r) {
        line(String.format("  %-58s %6.1f views/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  errors %d", name, r.throughput(), r.p50Ms(),
                r.p95Ms(), r.p99Ms(), r.errors()));
        if (r.errors() > 0) {
            line("    not counted: " + PostLoad.describeFailures(r).replace("HTTP " + NO_MARKER, "200 without the marker"));
            r.samples().forEach(sample -> line("      e.g. " + sample));
        }
        p95s.put(name, r.operations() == 0 ? Double.NaN : r.p95Ms());
    }

    /**
     * {@value #OPEN_SESSIONS} sessions open at once: the {@value #CLIENTS} of the page views stay, the other
     * hr-admins sign in; then each session views its home, people and insights pages once, one session at a
     * time (each container session then holds Faces views, as a browser's would), and RSS is sampled
     * throughout and 10 s after.
     */
    private void openSessions(AppProcess app, Connection db, List<WellnessBenchmark.User> users, List<ConsoleClient> hr, long idleRss) throws Exception {
        long before = Benchmark.rssMb(app.pid());
        RssSampler sampler = new RssSampler(app.pid());
        sampler.start();
        List<ConsoleClient> open = new ArrayList<>(hr);
        List<String> more = users.subList(CLIENTS, OPEN_SESSIONS).stream().map(WellnessBenchmark.User::username).toList();
        open.addAll(signIn(app.url(), "/console/t/" + SLUG + "/", more, PASSWORD, "more hr-admins"));
        String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        int ok = 0;
        int views = 0;
        for (ConsoleClient client : open) {
            for (String path : List.of("/console/home.xhtml", "/console/hr/people.xhtml", "/console/insights/insights.xhtml?period=" + month)) {
                views++;
                ok += client.view(path).status() == 200 ? 1 : 0;
            }
        }
        Thread.sleep(10_000);
        sampler.stop();
        long settled = Benchmark.rssMb(app.pid());
        long sessions = longOf(db, "SELECT count(*) FROM platform.console_session");
        line(String.format("%d hr-admin console sessions open (%d rows in platform.console_session; %d page views among them, %d answered 200): app RSS %d MB before the extra"
                + " sign-ins, peak %d MB, %d MB 10 s after (idle at start %d MB, heap -Xmx" + AppProcess.HEAP + ")", open.size(), sessions, views, ok, before,
                sampler.peakMb(), settled, idleRss));
        p95s.put("rss", (double) Math.max(sampler.peakMb(), settled));
    }

    private void targets() {
        line("machine load average (1/5/15 min) at the end: " + loadAverage() + " (2 cores, shared: other processes count too)");
        line("");
        line("targets:");
        p95s.forEach((name, value) -> {
            if (name.equals("rss")) {
                line(String.format("  app RSS with %d open console sessions %.0f MB (target <= 1 GB): %s", OPEN_SESSIONS, value,
                        value <= RSS_TARGET_MB ? "met" : "MISSED"));
            } else if (value.isNaN()) {
                line(String.format("  %s: %s", name, name.startsWith("sync-run") ? "not built" : "no view counted: MISSED"));
            } else {
                line(String.format("  %s p95 %.1f ms (target <= 300 ms): %s", name, value, value <= PAGE_TARGET_MS ? "met" : "MISSED"));
            }
        });
    }

    /** Server-side times of the console pages from the app's access log, and heap or pool trouble. */
    private void appLogProblems(Path appLog) throws Exception {
        List<String> lines = Files.readAllLines(appLog, java.nio.charset.StandardCharsets.UTF_8);
        Pattern access = Pattern.compile("(GET|POST) (/console/[\\w/.-]+) -> (\\d+) in (\\d+) ms");
        Map<String, List<Long>> times = new java.util.TreeMap<>();
        for (String l : lines) {
            Matcher m = access.matcher(l);
            if (m.find()) {
                times.computeIfAbsent(m.group(1) + " " + m.group(2) + " -> " + m.group(3), k -> new ArrayList<>()).add(Long.parseLong(m.group(4)));
            }
        }
        if (!times.isEmpty()) {
            line("app access log, server-side time per console request (whole run):");
            times.forEach((key, ms) -> {
                long[] sorted = ms.stream().mapToLong(Long::longValue).sorted().toArray();
                line(String.format("  %-52s %6d requests  p50 %6d ms  p95 %6d ms  max %6d ms", key, sorted.length, sorted[sorted.length / 2],
                        sorted[(int) Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))], sorted[sorted.length - 1]));
            });
        }
        long oom = lines.stream().filter(l -> l.contains("OutOfMemoryError")).count();
        long pool = lines.stream().filter(l -> l.contains("Connection is not available")).count();
        long expired = lines.stream().filter(l -> l.contains("ViewExpiredException")).count();
        long csp = lines.stream().filter(l -> l.startsWith("org.primefaces.csp.CspException")).count();
        line(String.format("app log: %d OutOfMemoryError lines, %d connection-pool timeouts, %d ViewExpiredException lines, %d CSP nonce"
                + " refusals", oom, pool, expired, csp));
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static long longOf(Connection db, String sql) throws java.sql.SQLException {
        try (var s = db.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String section(String body, String from, String to) {
        int start = body.indexOf(from);
        if (start < 0) {
            return "";
        }
        int end = body.indexOf(to, start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    private static double pct(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private synchronized void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
