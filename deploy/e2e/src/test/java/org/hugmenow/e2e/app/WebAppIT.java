package org.hugmenow.e2e.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.Tenants;
import org.hugmenow.e2e.TestStack;
import org.hugmenow.e2e.console.ConsoleBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The employee app at /app in headless chromium against the assembled app, signing in through
 * Keycloak's real login page, at a phone size (390 × 844) and a desktop size: check-in to trends,
 * a live hug, offline check-ins sent once, sharing levels, export and erasure, installability and
 * the offline shell, German, axe-core on every view, screenshots in target/app-screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class WebAppIT {

    static final Path SCREENSHOTS = Path.of("target", "app-screenshots");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static String tenant;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestStack.get().deployment();
    }

    private synchronized String tenant() throws Exception {
        if (tenant == null) {
            TestStack stack = TestStack.get();
            String slug = Tenants.uniqueSlug("app");
            new Tenants(api(), stack).provision(slug);
            // The realm registers the configured app URL; this test's app listens on a random port.
            String origin = "http://127.0.0.1:" + deployed.getPort();
            stack.keycloakAdmin.addRedirectUri(slug, "hugmenow-web", origin + "/app/");
            stack.keycloakAdmin.addWebOrigin(slug, "hugmenow-web", origin);
            tenant = slug;
        }
        return tenant;
    }

    private Api api() {
        return new Api(deployed);
    }

    private String token(String username) throws Exception {
        return new Tenants(api(), TestStack.get()).tokenFor(tenant(), username, List.of("employee"));
    }

    private String personId(String username) throws Exception {
        return api().get("/api/v1/me", token(username)).json().getString("userId");
    }

    private ConsoleBrowser browser(Dimension size) throws Exception {
        ConsoleBrowser browser = new ConsoleBrowser(api().base(), SCREENSHOTS);
        browser.driver().manage().window().setSize(size);
        return browser;
    }

    /** The app's own front door, then Keycloak's login page; ends on the check-in screen. */
    private void signIn(ConsoleBrowser browser, String username) throws Exception {
        token(username); // makes sure the person exists with the test password
        browser.open("/app/");
        browser.type(By.id("who"), tenant());
        browser.driver().findElement(By.id("continue")).click();
        browser.submitKeycloakLogin(username, Tenants.PASSWORD);
        browser.waitForText(By.tagName("h1"), "How are you today?");
    }

    private void go(ConsoleBrowser browser, String route, String heading) {
        ((JavascriptExecutor) browser.driver()).executeScript("location.hash = arguments[0]", route);
        browser.waitForText(By.tagName("h1"), heading);
    }

    private void checkIn(ConsoleBrowser browser, int score, String emotion, String note) {
        browser.waitFor(By.id("score-" + score)).click();
        browser.driver().findElement(By.cssSelector("[data-emotion='" + emotion + "']")).click();
        if (note != null) {
            ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#checkin details').open = true");
            browser.type(By.id("note"), note);
        }
        browser.driver().findElement(By.id("save")).click();
    }

    private static void offline(ConsoleBrowser browser, boolean offline) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions",
                Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private List<JsonObject> moods(String username) throws Exception {
        return api().get("/api/v1/moods?limit=100", token(username)).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).toList();
    }

    @Test
    void aCheckInShowsInTheCalendarTheListAndTheTrendOnAPhoneAndOnADesktop() throws Exception {
        String note = "calendar-note-" + UUID.randomUUID();
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, "emma");
            browser.check("checkin-phone");
            checkIn(browser, 4, "calm", note);
            browser.waitForText(By.id("checkin-result"), "Check-in saved.");
            browser.waitFor(By.id("celebration"));
            browser.check("checkin-saved-phone");

            go(browser, "#/history", "My trends");
            String today = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return new Intl.DateTimeFormat('en-CA', {timeZone: 'UTC'}).format(new Date())");
            String day = browser.waitFor(By.cssSelector("#calendar [data-date='" + today + "']")).getAttribute("aria-label");
            assertTrue(day.contains("check-in"), day);
            assertFalse(day.contains("no check-in"), day);
            browser.waitForText(By.id("entries"), note);
            assertTrue(browser.driver().findElement(By.id("weekly-table")).getAttribute("textContent").matches("(?s).*\\d.*"),
                    "the weekly trend holds this week's average");
            browser.waitFor(By.cssSelector("#weekly-chart canvas"));
            browser.check("history-phone");
            browser.assertFitsWidth(320);

            browser.driver().manage().window().setSize(DESKTOP);
            browser.check("history-desktop");
            go(browser, "#/checkin", "How are you today?");
            browser.check("checkin-desktop");
        }
    }

    @Test
    void aHugFromTomAppearsInEmmasOpenInboxWithoutAReload() throws Exception {
        String message = "live-hug-" + UUID.randomUUID();
        String emma = personId("emma");
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, "emma");
            go(browser, "#/hugs", "Hugs");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> "connected".equals(
                    ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.live")));
            browser.check("hugs-phone");
            Api.Reply sent = api().post("/api/v1/hugs", token("tom"), "{\"recipientId\":\"" + emma + "\",\"type\":\"warm\",\"message\":\"" + message + "\"}");
            assertEquals(201, sent.status(), sent::toString);
            browser.waitForText(By.id("inbox"), message);
            browser.waitFor(By.cssSelector("#unread:not([hidden])"));
            browser.check("hugs-live-phone");

            String reply = "thanks-" + UUID.randomUUID();
            browser.waitFor(By.cssSelector("#inbox button[aria-label$=' back']")).click();
            assertEquals(new Select(browser.driver().findElement(By.id("to-person"))).getFirstSelectedOption().getAttribute("value"),
                    personId("tom"), "hug back chooses the sender");
            new Select(browser.driver().findElement(By.id("hug-type"))).selectByValue("thank-you");
            browser.type(By.id("hug-message"), reply);
            browser.driver().findElement(By.id("send")).click();
            browser.waitForText(By.id("send-result"), "Hug sent.");
            browser.waitForText(By.id("sent"), "Thank-you hug");
            assertTrue(api().get("/api/v1/hugs?box=received&limit=50", token("tom")).body().contains(reply), "tom received emma's hug");

            browser.waitFor(By.cssSelector("#inbox [data-id] button[aria-label^='Report this hug']")).click();
            browser.type(By.cssSelector("#inbox form textarea"), "not welcome");
            browser.driver().findElement(By.cssSelector("#inbox form button[type='submit']")).click();
            browser.waitForText(By.id("toast"), "The hug is hidden");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElement(By.id("inbox-section")).getText().contains(message));
            browser.driver().manage().window().setSize(DESKTOP);
            browser.check("hugs-desktop");

            go(browser, "#/notifications", "Notifications");
            browser.waitForText(By.id("notifications"), "sent you a hug");
            browser.check("notifications-phone");
        }
    }

    @Test
    void twoCheckInsMadeOfflineAreStoredOnceEachWhenTheConnectionReturns() throws Exception {
        String first = "offline-one-" + UUID.randomUUID();
        String second = "offline-two-" + UUID.randomUUID();
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, "emma");
            offline(browser, true);
            checkIn(browser, 2, "tired", first);
            browser.waitForText(By.id("checkin-result"), "kept on this device");
            checkIn(browser, 5, "joyful", second);
            browser.waitForText(By.id("waiting"), "2 check-in(s) waiting");
            browser.check("checkin-offline-phone");
            assertEquals(0, moods("emma").stream().filter(m -> m.getString("note", "").startsWith("offline-")
                    && (m.getString("note").equals(first) || m.getString("note").equals(second))).count(), "nothing reached the server");

            offline(browser, false);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
                try {
                    List<JsonObject> stored = moods("emma");
                    return stored.stream().anyMatch(m -> second.equals(m.getString("note", null)));
                } catch (Exception e) {
                    return false;
                }
            });
            Thread.sleep(3000); // a second round of sending would show up by now
            List<JsonObject> stored = moods("emma");
            assertEquals(1, stored.stream().filter(m -> first.equals(m.getString("note", null))).count(), "stored once: " + first);
            assertEquals(1, stored.stream().filter(m -> second.equals(m.getString("note", null))).count(), "stored once: " + second);
            assertTrue(browser.driver().findElement(By.id("waiting")).getText().isEmpty(), "nothing waits any more");
        }
    }

    @Test
    void aConnectionSeesExactlyWhatEachSharingLevelAllowsAndNeverTheNote() throws Exception {
        String secret = "tom-secret-note-" + UUID.randomUUID();
        String tom = token("tom");
        assertEquals(201, api().post("/api/v1/moods", tom, "{\"score\":2,\"emotions\":[\"stressed\"],\"note\":\"" + secret + "\"}").status());
        String viewer = "connie" + UUID.randomUUID().toString().substring(0, 6);
        String viewerId = personId(viewer);
        Api.Reply requested = api().post("/api/v1/connections", tom, "{\"personId\":\"" + viewerId + "\"}");
        assertEquals(201, requested.status(), requested::toString);
        String connection = requested.json().getString("id");
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, viewer);
            go(browser, "#/connections", "Connections");
            browser.check("connections-request-phone");
            browser.waitFor(By.cssSelector("#incoming button")).click();
            browser.waitFor(By.id("accepted"));

            assertEquals(200, api().put("/api/v1/connections/" + connection + "/sharing", tom, "{\"level\":\"none\"}").status());
            rerender(browser);
            browser.waitForText(By.id("accepted"), "They share: Nothing");
            assertTrue(browser.driver().findElements(By.cssSelector("#accepted button[aria-label^='See what']")).isEmpty(),
                    "nothing to see at 'none'");

            assertEquals(200, api().put("/api/v1/connections/" + connection + "/sharing", tom, "{\"level\":\"summary\"}").status());
            rerender(browser);
            browser.waitFor(By.cssSelector("#accepted button[aria-label^='See what']")).click();
            browser.waitForText(By.id("shared-" + connection), "Today: low");
            assertFalse(browser.text(By.id("shared-" + connection)).contains("/5"), "a summary holds no scores");

            assertEquals(200, api().put("/api/v1/connections/" + connection + "/sharing", tom, "{\"level\":\"full\"}").status());
            rerender(browser);
            browser.waitFor(By.cssSelector("#accepted button[aria-label^='See what']")).click();
            browser.waitForText(By.id("shared-" + connection), "2/5");
            browser.waitForText(By.id("shared-" + connection), "Stressed");
            browser.check("connections-full-phone");
            assertFalse(browser.driver().getPageSource().contains(secret), "the note never reaches a connection");
        }
    }

    private void rerender(ConsoleBrowser browser) {
        go(browser, "#/content", "Exercises and resources");
        go(browser, "#/connections", "Connections");
    }

    @Test
    void exportDownloadsAZipAndErasureEndsTheSessionAndTheDataIsGone() throws Exception {
        String person = "erin" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api().post("/api/v1/moods", token(person), "{\"score\":3,\"note\":\"to be erased\"}").status());
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, person);
            go(browser, "#/me", "Me");
            browser.check("me-phone");
            Files.createDirectories(browser.downloads());
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", browser.downloads().toAbsolutePath().toString()));
            browser.driver().findElement(By.id("export")).click();
            Path zip = browser.downloads().resolve("hugmenow-my-data.zip");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Files.exists(zip));
            byte[] bytes = Files.readAllBytes(zip);
            assertTrue(bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K', "a zip file");

            browser.type(By.id("erase-confirm"), "delete");
            browser.driver().findElement(By.id("erase")).click();
            browser.waitForText(By.id("erase-result"), "Type DELETE exactly");
            assertEquals(1, moods(person).size(), "a wrong confirmation erases nothing");

            browser.type(By.id("erase-confirm"), "DELETE");
            browser.driver().findElement(By.id("erase")).click();
            browser.waitForText(By.tagName("main"), "You are signed out.");
            browser.check("signed-out-phone");
            assertEquals(0, moods(person).size(), "the check-ins are gone");
            // The Keycloak session ended too: continuing leads to Keycloak's login form, not straight back in.
            browser.open("/app/");
            browser.type(By.id("who"), tenant());
            browser.driver().findElement(By.id("continue")).click();
            browser.waitFor(By.id("username"));
        }
    }

    @Test
    void theManifestAndServiceWorkerMakeItInstallableAndTheShellOpensOffline() throws Exception {
        try (ConsoleBrowser browser = browser(PHONE)) {
            browser.open("/app/");
            browser.waitFor(By.id("who"));
            browser.check("signin-phone");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d ->
                    Boolean.TRUE.equals(js.executeScript("return !!navigator.serviceWorker.controller")));
            Map<String, Object> installability = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.getInstallabilityErrors", Map.of());
            assertEquals(List.of(), installability.get("installabilityErrors"), installability::toString);

            offline(browser, true);
            browser.driver().navigate().refresh();
            browser.waitForText(By.tagName("main"), "You are offline");
            assertEquals("Sign in to HugMeNow", browser.heading());
            Object cached = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "Promise.all(['/app/', '/app/js/main.js', '/app/js/views/checkin.js', '/app/css/app.css'].map(u => caches.match(u)))"
                    + ".then(hits => done(hits.every(Boolean)))");
            assertEquals(Boolean.TRUE, cached, "the app shell is in the service worker's cache");
            browser.check("offline-shell-phone");
            offline(browser, false);
        }
    }

    @Test
    void everyViewSpeaksGermanAfterThePersonChoosesItAndPassesAxe() throws Exception {
        try (ConsoleBrowser browser = browser(PHONE)) {
            signIn(browser, "emma");
            Object same = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "import('/app/js/messages.js').then(m => done(JSON.stringify(Object.keys(m.en).sort()) === JSON.stringify(Object.keys(m.de).sort())))");
            assertEquals(Boolean.TRUE, same, "English and German hold the same texts");
            go(browser, "#/me", "Me");
            new Select(browser.waitFor(By.id("language"))).selectByValue("de");
            browser.driver().findElement(By.id("save-privacy")).click();
            // The reload loses the tokens (memory only) and signs in again through Keycloak's session.
            browser.waitForText(By.tagName("h1"), "Ich");
            for (String[] view : new String[][] {{"#/checkin", "Wie geht es Ihnen heute?"}, {"#/history", "Meine Verläufe"},
                    {"#/hugs", "Umarmungen"}, {"#/connections", "Kontakte"}, {"#/notifications", "Benachrichtigungen"},
                    {"#/content", "Übungen und Hilfen"}, {"#/me", "Ich"}}) {
                go(browser, view[0], view[1]);
                browser.check("de-" + view[0].substring(2) + "-phone");
            }
            browser.driver().manage().window().setSize(DESKTOP);
            for (String[] view : new String[][] {{"#/connections", "Kontakte"}, {"#/notifications", "Benachrichtigungen"},
                    {"#/content", "Übungen und Hilfen"}, {"#/me", "Ich"}}) {
                go(browser, view[0], view[1]);
                browser.check("de-" + view[0].substring(2) + "-desktop");
            }
            new Select(browser.waitFor(By.id("language"))).selectByValue("en");
            browser.driver().findElement(By.id("save-privacy")).click();
            browser.waitForText(By.tagName("h1"), "Me");
        }
    }

    @Test
    void theRootLeadsToTheAppWhosePolicyAllowsNoInlineScriptAndNoFraming() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(api().base() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/app/"), root.headers().toString());
        HttpResponse<String> shell = http.send(HttpRequest.newBuilder(URI.create(api().base() + "/app/")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shell.statusCode());
        List<String> policies = shell.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        assertTrue(policies.get(0).contains("script-src 'self';") && !policies.get(0).contains("unsafe-inline")
                && policies.get(0).contains("frame-ancestors 'none'"), policies.get(0));
        assertFalse(shell.body().contains("<script>") || shell.body().contains(" onclick="), "no inline script in the shell");
    }

    @Test
    void discoveryNamesTheRegistrysIssuerAndRefusesWhatItCannotPlace() throws Exception {
        String slug = tenant();
        Api.Reply found = api().get("/api/v1/sign-in/discovery?who=" + slug.toUpperCase(), null);
        assertEquals(200, found.status(), found::toString);
        JsonObject answer = found.json();
        assertEquals(slug, answer.getString("organization"));
        assertEquals("hugmenow-web", answer.getString("clientId"));
        assertEquals(TestStack.get().keycloak.url() + "/realms/" + slug, answer.getString("issuer"));
        assertTrue(answer.getString("tokenEndpoint").startsWith(answer.getString("issuer") + "/"), answer.toString());
        // The same answer whoever asks: another tenant's token changes nothing.
        assertEquals(answer, api().get("/api/v1/sign-in/discovery?who=" + slug, token("tom")).json());

        for (String who : List.of("no-such-organization", "someone@unregistered-domain.example")) {
            Api.Reply missing = api().get("/api/v1/sign-in/discovery?who=" + java.net.URLEncoder.encode(who, java.nio.charset.StandardCharsets.UTF_8), null);
            assertEquals(404, missing.status(), missing::toString);
            assertTrue(missing.contentType().startsWith("application/problem+json"), missing::toString);
        }
        assertEquals(400, api().get("/api/v1/sign-in/discovery?who=", null).status());
        assertEquals(400, api().get("/api/v1/sign-in/discovery", null).status());
    }
}
