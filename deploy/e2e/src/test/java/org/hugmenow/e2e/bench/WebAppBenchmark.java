package org.hugmenow.e2e.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.SimpleDataSource;
import org.hugmenow.e2e.console.ConsoleBrowser;
import org.hugmenow.launcher.AppProcess;
import org.hugmenow.launcher.DemoSetup;
import org.hugmenow.launcher.KeycloakAdmin;
import org.hugmenow.launcher.LocalKeycloak;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.platform.db.SchemaMigrator;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The employee app benchmark ({@code deploy/webapp-benchmark.sh}) in headless chromium at a phone size,
 * against its own PostgreSQL, Keycloak and app: the bytes a first visit transfers (app shell and the
 * check-in view with its API calls, HTTP cache and service worker bypassed), the time from navigation
 * to an interactive check-in screen with the API warm (which includes the sign-in redirect through
 * Keycloak's session, since tokens live in memory only), and check-in from submit to "saved". Prints
 * figures and targets (and writes deploy/e2e/target/bench/webapp-results.txt); asserts nothing.
 */
public final class WebAppBenchmark {

    private static final String SLUG = "webapp";
    private static final String PASSWORD = "bench-password-1";
    private static final long BYTES_TARGET = 300 * 1024;
    private static final double INTERACTIVE_TARGET_MS = 1500;
    private static final double SAVE_TARGET_MS = 200;
    private static final String TRANSFERRED = "return performance.getEntries().filter(e => e.entryType === 'navigation' || e.entryType === 'resource')"
            + ".filter(e => e.name.startsWith(location.origin)).reduce((sum, e) => sum + e.transferSize, 0)";

    private final StringBuilder report = new StringBuilder();
    private final int rounds;

    private WebAppBenchmark(int rounds) {
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        Benchmark.stopChildrenOnExit();
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        new WebAppBenchmark(Integer.getInteger("webapp.rounds", 40)).run();
    }

    private void run() throws Exception {
        Path work = Path.of("target/bench").toAbsolutePath();
        Files.createDirectories(work);
        Path root = Path.of(System.getProperty("hugmenow.root", "../..")).toAbsolutePath().normalize();
        line("HugMeNow employee app benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, " + java.time.Instant.now()
                + "; headless chromium at 390 x 844, " + rounds + " rounds");
        try (LocalPostgres postgres = LocalPostgres.start(null, 0)) {
            new SchemaMigrator(WebAppBenchmark.class.getClassLoader()).migratePlatform(new SimpleDataSource(postgres.jdbcUrl()));
            Path dist = LocalKeycloak.findDistribution(root);
            Benchmark.deleteData(dist.resolve("data"));
            try (LocalKeycloak keycloak = new LocalKeycloak(dist, Benchmark.freePort(), work.resolve("webapp-keycloak.log"))) {
                keycloak.start();
                KeycloakAdmin admin = new KeycloakAdmin(keycloak.url(), LocalKeycloak.ADMIN_USER, LocalKeycloak.ADMIN_PASSWORD);
                int port = Benchmark.freePort();
                String appUrl = "http://127.0.0.1:" + port;
                new DemoSetup(admin, keycloak.url(), appUrl).platformRealm();
                Map<String, String> env = new HashMap<>(Benchmark.appEnvironment(postgres.jdbcUrl(), keycloak.url(), appUrl));
                Path appLog = work.resolve("webapp-app.log");
                Files.deleteIfExists(appLog);
                try (AppProcess app = AppProcess.launch(root.resolve("deploy/app/target/hugmenow.jar"), port, env, appLog, AppProcess.HEAP)) {
                    app.awaitHealthy(Duration.ofMinutes(5), appLog);
                    Api api = new Api(new java.net.URL(app.url()));
                    List<WellnessBenchmark.User> users = WellnessBenchmark.setUp(api, keycloak, admin, SLUG, 1, 0, this::line);
                    try (ConsoleBrowser browser = new ConsoleBrowser(app.url(), work.resolve("webapp-screenshots"))) {
                        browser.driver().manage().window().setSize(new Dimension(390, 844));
                        firstVisit(browser, users.get(0).username());
                        interactive(browser);
                        saves(browser);
                    }
                }
            }
        }
        Files.writeString(work.resolve("webapp-results.txt"), report);
        System.out.println("\nWritten to " + work.resolve("webapp-results.txt"));
    }

    /** A first visit: no HTTP cache, no service worker; the front door, then the check-in view after sign-in. */
    private void firstVisit(ConsoleBrowser browser, String username) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        chrome.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", true));
        browser.open("/app/");
        browser.waitFor(By.id("who"));
        long door = ((Number) js(browser).executeScript(TRANSFERRED)).longValue();
        browser.type(By.id("who"), SLUG);
        browser.driver().findElement(By.id("continue")).click();
        browser.submitKeycloakLogin(username, PASSWORD);
        awaitCheckIn(browser);
        sleep(1000); // the unread count and the live stream's first bytes
        long checkIn = ((Number) js(browser).executeScript(TRANSFERRED)).longValue();
        line(String.format("first visit, bytes transferred (compressed as served, headers included):%n"
                + "  front door (app shell and sign-in view): %,d B%n"
                + "  check-in screen after sign-in (app shell, check-in view and its API calls): %,d B (target <= %,d B)",
                door, checkIn, BYTES_TARGET));
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        chrome.executeCdpCommand("Network.setBypassServiceWorker", Map.of("bypass", false));
    }

    /** Navigation to an interactive check-in screen, the API warm and the Keycloak session open. */
    private void interactive(ConsoleBrowser browser) {
        for (int i = 0; i < 5; i++) {
            browser.open("/app/?warm=" + i + "#/checkin");
            awaitCheckIn(browser);
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            // A query makes each a real navigation (a hash alone would not reload the page).
            long t0 = System.nanoTime();
            browser.open("/app/?round=" + i + "#/checkin");
            awaitCheckIn(browser);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        line("navigation to an interactive check-in screen (includes the sign-in redirect through Keycloak): "
                + percentiles(ms) + String.format(" (target p95 <= %.0f ms)", INTERACTIVE_TARGET_MS));
    }

    /** From the click on "Save" to the "saved" message, measured inside the page. */
    private void saves(ConsoleBrowser browser) {
        browser.open("/app/#/checkin");
        awaitCheckIn(browser);
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            browser.driver().findElement(By.id("score-" + (1 + i % 5))).click();
            Object took = js(browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "const result = document.getElementById('checkin-result'); result.textContent = '';"
                    + "const started = performance.now();"
                    + "new MutationObserver((m, o) => { if (result.textContent) { o.disconnect(); done(result.className === 'ok' ? performance.now() - started : -1); } })"
                    + ".observe(result, {childList: true, characterData: true, subtree: true});"
                    + "document.getElementById('save').click();");
            ms[i] = ((Number) took).doubleValue();
        }
        line("check-in from submit to saved (through IndexedDB and the API with an Idempotency-Key): " + percentiles(ms)
                + String.format(" (target p95 <= %.0f ms)", SAVE_TARGET_MS));
        if (Arrays.stream(ms).anyMatch(v -> v < 0)) {
            line("  some saves were refused; see the app log");
        }
    }

    private static void awaitCheckIn(ConsoleBrowser browser) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (browser.driver().findElements(By.cssSelector("#score-5")).isEmpty()
                || browser.driver().findElements(By.cssSelector("[data-emotion]")).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no check-in screen at " + browser.path());
            }
            sleep(10);
        }
    }

    private static String percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.0f ms, p95 %.0f ms, max %.0f ms", at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static JavascriptExecutor js(ConsoleBrowser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
