package org.hugmenow.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.hugmenow.e2e.Api;
import org.hugmenow.e2e.Tenants;
import org.hugmenow.e2e.TestStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin console in a real browser (headless chromium) against the assembled app, signing in
 * through Keycloak's real login page: per role the main journeys, refusals by role and by tenant,
 * a suspension shutting a session out at its next request, axe-core on every page, screenshots
 * in target/console-screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class ConsoleIT {

    private static final String IT_ADMIN = "ivy";
    private static final String EMPLOYEE = "eve";
    private static final String HR_ADMIN = "hal";
    private static final String LEAD = "lee";
    /** The last closed month, which the insights page shows first. */
    private static final String INSIGHTS_MONTH = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
    private static String tenantA;
    private static String tenantB;

    @ArquillianResource
    URL deployed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestStack.get().deployment();
    }

    /** Two tenants provisioned through the API, each with an IT admin and an employee; once per class. */
    private synchronized void tenants() throws Exception {
        if (tenantA != null) {
            return;
        }
        TestStack stack = TestStack.get();
        Tenants tenants = new Tenants(new Api(deployed), stack);
        String a = Tenants.uniqueSlug("cona");
        String b = Tenants.uniqueSlug("conb");
        for (String slug : List.of(a, b)) {
            tenants.provision(slug);
            stack.keycloakAdmin.ensureUser(slug, IT_ADMIN, Tenants.PASSWORD, List.of("it-admin", "employee"));
            stack.keycloakAdmin.ensureUser(slug, EMPLOYEE, Tenants.PASSWORD, List.of("employee"));
            allowThisAppsCallback(slug);
        }
        allowThisAppsCallback("platform");
        // People reach the directory with their first API call; HR makes a small team tree.
        Api api = new Api(deployed);
        assertEquals(200, api.get("/api/v1/me", tenants.tokenFor(a, EMPLOYEE, List.of("employee"))).status());
        String hr = tenants.tokenFor(a, HR_ADMIN, List.of("hr-admin", "employee"));
        Api.Reply product = api.post("/api/v1/directory/teams", hr, "{\"name\":\"Product\"}");
        assertEquals(201, product.status(), product::toString);
        assertEquals(201, api.post("/api/v1/directory/teams", hr, "{\"name\":\"Design\",\"parentId\":\""
                + product.json().getString("id") + "\"}").status());
        // Five of Product check in during November: enough for insights to show the team (k = 5).
        for (int i = 0; i < 5; i++) {
            String token = tenants.tokenFor(a, "prod" + i, List.of("employee"));
            String id = api.get("/api/v1/me", token).json().getString("userId");
            assertEquals(204, api.put("/api/v1/directory/teams/" + product.json().getString("id") + "/members/" + id, hr, null).status());
            assertEquals(201, api.post("/api/v1/moods", token, "{\"score\":" + (3 + i % 3) + ",\"emotions\":[\"calm\"],"
                    + "\"timeZone\":\"UTC\",\"recordedAt\":\"" + INSIGHTS_MONTH + "-10T09:00:00Z\"}").status());
        }
        stack.keycloakAdmin.ensureUser(a, LEAD, Tenants.PASSWORD, List.of("team-lead", "employee"));
        tenantA = a;
        tenantB = b;
    }

    /** Realms register the configured app URL's callback; this test's app listens on a random port. */
    private void allowThisAppsCallback(String realm) throws Exception {
        TestStack.get().keycloakAdmin.addRedirectUri(realm, "hugmenow-console",
                "http://127.0.0.1:" + deployed.getPort() + "/console/callback");
    }

    private ConsoleBrowser browser() throws Exception {
        return new ConsoleBrowser(new Api(deployed).base());
    }

    @Test
    void theConsolesFrontDoorSpeaksEnglishAndGermanAndFitsAPhone() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.open("/console/index.xhtml");
            assertEquals("Sign in to the admin console", browser.heading());
            browser.check("front-door");

            browser.type(By.id("door:who"), "no-such-organization");
            browser.driver.findElement(By.id("door:continue")).click();
            browser.waitForText(By.id("messages"), "could not find an organization");
            browser.check("front-door-not-found");

            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("de");
            browser.driver.findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Bei der Admin-Konsole anmelden");
            browser.check("front-door-de");
            browser.assertFitsWidth(375);
            browser.screenshot("front-door-375px");
        }
    }

    @Test
    void pagesCarryAPolicyThatForbidsFramingAndScriptsWithoutTheirNonce() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(new Api(deployed).base() + "/console/index.xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies::toString);
        String policy = policies.get(0);
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.matches(".*script-src 'self' 'nonce-[^']+'.*"), policy);
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(page.body().contains(" onclick=\""), "no inline handlers: PrimeFaces' CSP mode moves them into nonce'd scripts");
    }

    @Test
    void anItAdminIssuesAScimTokenThatWorksUntilRevokedAndRegistersASignInDomain() throws Exception {
        tenants();
        Api api = new Api(deployed);
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, IT_ADMIN, Tenants.PASSWORD);
            Cookie session = browser.driver.manage().getCookieNamed("hm_console");
            assertTrue(session.isHttpOnly() && "Lax".equals(session.getSameSite()), session::toString);
            browser.check("it-admin-home");

            browser.open("/console/it/scim-credentials.xhtml");
            browser.check("scim-credentials");
            browser.type(By.id("scim:label"), "Entra ID");
            browser.driver.findElement(By.id("scim:create")).click();
            String token = browser.waitFor(By.id("scim:secret")).getAttribute("value");
            assertTrue(token.length() > 30, token);
            browser.check("scim-credentials-secret-shown");
            assertEquals(200, api.exchange("GET", "/scim/v2/Users", java.util.Map.of("Authorization", "Bearer " + token), null).status());

            browser.driver.findElement(By.id("scim:forget")).click();
            browser.waitFor(By.id("scim:list"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElements(By.id("scim:secret")).isEmpty());
            browser.clickAndConfirm(By.cssSelector("[id$=':revoke']"));
            browser.waitForText(By.id("scim:list"), "revoked");
            browser.check("scim-credentials-revoked");
            assertEquals(401, api.exchange("GET", "/scim/v2/Users", java.util.Map.of("Authorization", "Bearer " + token), null).status());

            browser.open("/console/it/audit.xhtml");
            String audit = browser.text(By.id("auditTable"));
            assertTrue(audit.contains("scim-credential.created") && audit.contains("Entra ID"), audit);
            assertTrue(audit.contains("scim-credential.revoked") && audit.contains(IT_ADMIN), audit);
            assertFalse(audit.contains(token), "never the token");
            browser.check("audit-log");

            browser.open("/console/it/sign-in-settings.xhtml");
            browser.type(By.id("domains:domain"), tenantA + ".example");
            browser.driver.findElement(By.id("domains:add")).click();
            browser.waitForText(By.id("domainList"), tenantA + ".example");
            browser.check("sign-in-settings");
            browser.open("/console/it/audit.xhtml");
            browser.waitForText(By.id("auditTable"), "sign-in-domain.added");
            assertTrue(browser.text(By.id("auditTable")).contains(tenantA + ".example"), browser.text(By.id("auditTable")));

            browser.signOut();
            browser.check("signed-out");
            assertTrue(browser.driver.manage().getCookieNamed("hm_console") == null, "the session cookie is gone");

            // Home-realm discovery by the registered domain leads to tenant A's own sign-in page.
            browser.open("/console/");
            browser.type(By.id("door:who"), "someone@" + tenantA + ".example");
            browser.driver.findElement(By.id("door:continue")).click();
            browser.waitFor(By.id("username"));
            assertTrue(browser.driver.getCurrentUrl().contains("/realms/" + tenantA + "/"), browser.driver.getCurrentUrl());
            assertFalse(browser.driver.getCurrentUrl().contains("someone"), "what was typed stays out of URLs");
        }
    }

    @Test
    void anOperatorProvisionsATenantAndSuspendsAndResumesIt() throws Exception {
        tenants();
        String slug = Tenants.uniqueSlug("made");
        String link;
        try (ConsoleBrowser browser = browser()) {
            browser.open("/console/operators");
            browser.keycloakLogin("olivia", "demo");
            browser.check("operator-home");
            browser.open("/console/platform/tenants.xhtml");
            browser.check("tenants");

            browser.type(By.id("create:slug"), slug);
            browser.type(By.id("create:name"), "Made In The Console");
            browser.type(By.id("create:adminUsername"), "first");
            browser.type(By.id("create:adminEmail"), "first@" + slug + ".example");
            browser.type(By.id("create:adminFirstName"), "First");
            browser.type(By.id("create:adminLastName"), "Admin");
            browser.driver.findElement(By.id("create:createTenant")).click();
            link = browser.waitFor(By.id("create:activationLink")).getAttribute("value");
            assertTrue(link.contains("/api/v1/activation?token="), link);
            browser.check("tenants-created");

            browser.type(By.id("tenants:query"), slug);
            browser.driver.findElement(By.id("tenants:search")).click();
            browser.waitForText(By.id("tenants:list"), slug);
            new Tenants(new Api(deployed), TestStack.get()).awaitStatus(slug, "active", Duration.ofSeconds(90));
            allowThisAppsCallback(slug);
            browser.driver.findElement(By.cssSelector("[id$=':details']")).click();
            browser.waitForText(By.id("detailStatus"), "active");
            assertTrue(browser.text(By.id("detailSteps")).contains("provision:activate"));
            browser.check("tenant-details");

            browser.driver.findElement(By.id("tenants:suspend")).click();
            browser.waitForText(By.id("detailStatus"), "suspended");
            browser.driver.findElement(By.id("tenants:resume")).click();
            browser.waitForText(By.id("detailStatus"), "active");

            browser.type(By.id("tenants:confirmation"), "not-" + slug);
            browser.driver.findElement(By.id("tenants:offboard")).click();
            browser.waitForText(By.id("messages"), "does not match");
            assertEquals("active", browser.text(By.id("detailStatus")));
            browser.check("tenant-offboard-refused");
            browser.assertFitsWidth(375);

            browser.open("/console/platform/health.xhtml");
            String database = browser.text(By.id("check-database"));
            assertTrue(database.contains("Database") && database.contains("up"), database);
            assertTrue(browser.text(By.id("check-migrations")).contains("up"));
            browser.check("platform-health");
        }
        // The first admin opens the link shown once, sets a password and signs in to their console.
        String password = "first-admin-" + System.nanoTime();
        try (ConsoleBrowser first = browser()) {
            // The link names the configured public URL; the test's app listens on a port of its own.
            first.open(link.substring(link.indexOf("/api/v1/activation")));
            first.type(By.name("password"), password);
            first.type(By.name("confirm"), password);
            first.driver.findElement(By.cssSelector("button[type='submit']")).click();
            first.waitForText(By.tagName("h1"), "Password set");
            first.signInThroughFrontDoor(slug, "first", password);
            String home = first.text(By.tagName("body"));
            assertTrue(home.contains("first") && home.contains("People and teams") && home.contains("Team insights"), home);
            assertFalse(home.contains("Tenants"), "an hr-admin is not an operator: " + home);
            first.check("first-admin-home");
        }
    }

    @Test
    void anHrAdminFindsPeopleByShownNameAndSeesTheTeamTree() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/people.xhtml");
            browser.type(By.id("people:query"), "ev");
            browser.driver.findElement(By.id("people:search")).click();
            browser.waitForText(By.id("foundList"), EMPLOYEE);
            String tree = browser.text(By.id("teamTree"));
            assertTrue(tree.contains("Product") && tree.contains("Design"), tree);
            browser.check("people-and-teams");
            browser.open("/console/it/scim-credentials.xhtml");
            browser.assertRefused();
        }
    }

    @Test
    void anHrAdminShapesATeamByHandAndItsNameStaysText() throws Exception {
        tenants();
        String name = "<script>alert(1)</script> Crew";
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/teams.xhtml");
            browser.type(By.id("create:name"), name);
            new Select(browser.driver.findElement(By.id("create:parent"))).selectByVisibleText("Product");
            browser.driver.findElement(By.id("create:createTeam")).click();
            browser.waitForText(By.tagName("main"), "Team " + name + " created.");
            assertEquals("Product › " + name, new Select(browser.driver.findElement(By.id("members:team")))
                    .getFirstSelectedOption().getText(), "the new team is chosen, named with its path");

            browser.type(By.id("members:query"), "ev");
            browser.driver.findElement(By.id("members:search")).click();
            WebElement found = browser.waitFor(By.xpath("//ul[@id='foundList']/li[contains(., '" + EMPLOYEE + "')]"));
            found.findElement(By.tagName("button")).click();
            browser.waitForText(By.id("memberList"), EMPLOYEE);
            browser.check("teams-shaped");
            browser.assertFitsWidth(375);

            browser.open("/console/hr/people.xhtml");
            assertTrue(browser.text(By.id("teamTree")).contains(name + " (1 members)"), browser.text(By.id("teamTree")));
            assertFalse(browser.driver.getPageSource().contains("<script>alert(1)"), "the name is escaped, never markup");

            browser.open("/console/hr/teams.xhtml");
            new Select(browser.driver.findElement(By.id("members:team"))).selectByVisibleText("Product › " + name);
            browser.driver.findElement(By.id("members:show")).click();
            WebElement member = browser.waitFor(By.xpath("//ul[@id='memberList']/li[contains(., '" + EMPLOYEE + "')]"));
            member.findElement(By.tagName("button")).click();
            browser.waitForText(By.tagName("main"), EMPLOYEE + " left " + name + ".");
            assertFalse(browser.text(By.id("members")).contains("Remove"), "nobody left to remove");
        }
    }

    @Test
    void anHrAdminReadsTeamInsightsDownloadsThemAndKeepsKAtLeastThree() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/insights/insights.xhtml?period=" + INSIGHTS_MONTH + "&segment=tenant&metric=mood.mean");
            String heatmap = browser.text(By.id("heatmap"));
            assertTrue(heatmap.contains("Team Product and sub-teams"), heatmap);
            String productRow = browser.text(By.xpath("//table[@id='heatmap']//tr[th[contains(., 'Product')]]"));
            assertTrue(productRow.matches("(?s).*\\d\\.\\d\\d.*"), "Product's five people give a mean: " + productRow);
            assertFalse(heatmap.contains("prod0") || heatmap.contains(EMPLOYEE), "no person on the page");
            assertTrue(browser.text(By.id("noiseNote")).contains("k = 5"));
            assertTrue(browser.text(By.id("trend")).contains(INSIGHTS_MONTH));
            browser.check("insights-heatmap");

            // The download says what the page says, through the same engine.
            Object csv = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('downloadCsv').href).then(r => r.text().then(t => done(r.headers.get('content-type') + '\\n' + t)));");
            String download = String.valueOf(csv);
            assertTrue(download.startsWith("text/csv"), download);
            assertTrue(download.contains("segment,segment_id,metric,period,value,distribution,status"), download);
            assertTrue(download.contains("Team Product and sub-teams"), download);

            new Select(browser.waitFor(By.id("prefs:language"))).selectByValue("de");
            browser.driver.findElement(By.id("prefs:applyPrefs")).click();
            browser.waitForText(By.tagName("h1"), "Team-Einblicke");
            browser.check("insights-heatmap-de");

            browser.open("/console/insights/privacy.xhtml");
            browser.waitFor(By.id("budget"));
            WebElement k = browser.driver.findElement(By.id("settings:k"));
            k.clear();
            k.sendKeys("2");
            browser.driver.findElement(By.id("settings:save")).click();
            browser.waitFor(By.cssSelector("#messages .hm-msg-error"));
            browser.open("/console/insights/privacy.xhtml");
            assertEquals("5", browser.driver.findElement(By.id("settings:k")).getAttribute("value"), "k stays 5");
            browser.check("insights-privacy-de");
        }
        try (ConsoleBrowser browser = browser()) {
            // A team lead without reports sees no one's team; the privacy settings are HR's only.
            browser.signInThroughFrontDoor(tenantA, LEAD, Tenants.PASSWORD);
            browser.open("/console/insights/insights.xhtml?period=" + INSIGHTS_MONTH);
            assertFalse(browser.driver.getPageSource().contains("Product"), "a lead without reports sees no team");
            browser.open("/console/insights/privacy.xhtml");
            browser.assertRefused();
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, EMPLOYEE, Tenants.PASSWORD);
            for (String page : List.of("/console/insights/insights.xhtml", "/console/insights/privacy.xhtml", "/console/hr/hug-safety.xhtml",
                    "/console/insights/export.xhtml?format=csv")) {
                browser.open(page);
                browser.assertRefused();
            }
        }
    }

    @Test
    void anHrAdminReviewsAReportedHugAndAddsAHugType() throws Exception {
        tenants();
        Api api = new Api(deployed);
        Tenants tenants = new Tenants(api, TestStack.get());
        String sender = tenants.tokenFor(tenantA, "prod0", List.of("employee"));
        String recipient = tenants.tokenFor(tenantA, "prod1", List.of("employee"));
        String recipientId = api.get("/api/v1/me", recipient).json().getString("userId");
        Api.Reply hug = api.post("/api/v1/hugs", sender, "{\"recipientId\":\"" + recipientId + "\",\"type\":\"warm\","
                + "\"message\":\"Nobody likes your work\"}");
        assertEquals(201, hug.status(), hug::toString);
        String hugId = hug.json().containsKey("id") ? hug.json().getString("id") : hug.array().getJsonObject(0).getString("id");
        assertEquals(204, api.post("/api/v1/hugs/" + hugId + "/report", recipient, "{\"reason\":\"Hurtful\"}").status());

        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/hug-safety.xhtml");
            String reports = browser.text(By.id("reports"));
            assertTrue(reports.contains("Nobody likes your work") && reports.contains("Hurtful"), reports);
            assertFalse(reports.contains(recipientId), "shown names, not ids");
            browser.check("hug-safety");

            browser.type(By.id("addType:key"), "X");
            browser.type(By.id("addType:label"), "High five");
            browser.type(By.id("addType:meaning"), "Nice one!");
            browser.driver.findElement(By.id("addType:add")).click();
            browser.waitForText(By.id("messages"), "key");
            browser.type(By.id("addType:key"), "high-five");
            browser.type(By.id("addType:label"), "High five");
            browser.type(By.id("addType:meaning"), "Nice one!");
            browser.driver.findElement(By.id("addType:add")).click();
            browser.waitForText(By.id("types"), "high-five");
        }
        Api.Reply types = api.get("/api/v1/hugs/types", sender);
        assertTrue(types.body().contains("high-five"), "the new type is offered to employees: " + types);
    }

    @Test
    void anHrAdminConnectsACsvFileDryRunsItConfirmsTheRunWatchesItFinishAndFindsThePeople() throws Exception {
        tenants();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("people", ".csv");
        java.nio.file.Files.writeString(csv, "employee_id,email,first_name,last_name\n"
                + "E-901,csv.quinn@example.com,Quinn,Csvimport\n"
                + "E-902,csv.rory@example.com,Rory,Csvimport\n"
                + "E-903,not-an-email,Bad,Row\n");
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/hr-connections.xhtml");
            browser.type(By.id("create:label"), "Spreadsheet <b>export</b>");
            // Choosing the connector re-renders its settings by ajax; elements are looked up afresh afterwards.
            new Select(browser.waitFor(By.id("create:connector"))).selectByValue("csv");
            browser.clickFresh(By.id("create:add"));
            browser.waitForText(By.id("connections"), "Spreadsheet <b>export</b>");
            browser.check("hr-connections");
            browser.assertFitsWidth(375);

            browser.driver.findElement(By.id("upload:csvFile")).sendKeys(csv.toString());
            browser.driver.findElement(By.id("upload:send")).click();
            browser.waitForText(By.id("plan"), "E-901");
            String plan = browser.text(By.id("plan"));
            assertTrue(plan.contains("E-902") && !plan.contains("E-903"), plan);
            assertTrue(browser.text(By.id("issues")).contains("email"), browser.text(By.id("issues")));
            browser.waitForText(By.id("runStatus"), "planned");
            assertTrue(browser.driver.findElements(By.id("runForm:confirm")).isEmpty(), "a dry run cannot be confirmed");
            browser.check("sync-run-dry");

            browser.open("/console/hr/hr-connections.xhtml");
            browser.driver.findElement(By.id("upload:uploadDryRun")).click();
            browser.driver.findElement(By.id("upload:csvFile")).sendKeys(csv.toString());
            browser.driver.findElement(By.id("upload:send")).click();
            browser.waitForText(By.id("runStatus"), "awaiting_confirmation");
            assertTrue(browser.text(By.id("plan")).contains("E-901"), "the paused run shows its plan");
            browser.check("sync-run-awaiting");
            browser.driver.findElement(By.id("runForm:confirm")).click();
            browser.waitFor(By.id("runForm:progress"));
            browser.waitForText(By.id("runStatus"), "succeeded");
            assertTrue(browser.text(By.id("runForm:progress")).contains("100%"), "the bar stands full: " + browser.text(By.id("runForm:progress")));
            browser.check("sync-run-succeeded");
            browser.assertFitsWidth(375);

            browser.open("/console/hr/people.xhtml");
            browser.type(By.id("people:query"), "Csvimport");
            browser.driver.findElement(By.id("people:search")).click();
            browser.waitForText(By.id("foundList"), "Quinn");
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, EMPLOYEE, Tenants.PASSWORD);
            browser.waitFor(By.id("employee"));
            for (String page : List.of("/console/hr/hr-connections.xhtml", "/console/hr/sync-runs.xhtml")) {
                browser.open(page);
                browser.assertRefused();
            }
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantB, IT_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/hr-connections.xhtml");
            assertFalse(browser.driver.getPageSource().contains("Spreadsheet"), "tenant A's connections never show in tenant B");
        }
    }

    @Test
    void anHrAdminChangesAConnectionsScheduleAndGuardAndItAdminsReadItInTheAuditLog() throws Exception {
        tenants();
        String label = "Bamboo nightly " + System.nanoTime();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/hr-connections.xhtml");
            browser.type(By.id("create:label"), label);
            new Select(browser.waitFor(By.id("create:connector"))).selectByValue("bamboohr");
            setting(browser, "baseUrl", "https://api.bamboohr.example");
            setting(browser, "companyDomain", "acme");
            setting(browser, "apiKey", "bamboo-key-1");
            browser.type(By.id("create:schedule"), "60");
            browser.type(By.id("create:share"), "0.2");
            browser.clickFresh(By.id("create:add"));
            browser.waitForText(By.id("connections"), label);
            assertEquals("60", cell(browser, label, 3));
            assertEquals("20%", cell(browser, label, 4).replace("\u00a0", "").replace(" ", ""));

            browser.driver.findElement(By.xpath(rowXpath(label) + "//button[contains(@class,'hm-edit')]")).click();
            browser.waitForText(By.id("createTitle"), "Change");
            assertFalse(browser.driver.findElement(By.id("create:connector")).isEnabled(), "the connector stays as it is");
            // The browser's own check of min="15" is taken away, so the server's is what refuses.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "document.getElementById('create:schedule').removeAttribute('min')");
            browser.type(By.id("create:schedule"), "5");
            browser.driver.findElement(By.id("create:add")).click();
            browser.waitForText(By.id("messages"), "scheduleMinutes");
            browser.check("hr-connection-edit");
            browser.type(By.id("create:schedule"), "120");
            browser.type(By.id("create:share"), "0.05");
            WebElement enabled = browser.driver.findElement(By.id("create:enabled"));
            if (enabled.isSelected()) {
                enabled.click();
            }
            browser.driver.findElement(By.id("create:add")).click();
            browser.waitForText(By.id("messages"), label);
            assertTrue(cell(browser, label, 3).startsWith("120") && cell(browser, label, 3).contains("off"), cell(browser, label, 3));
            assertEquals("5%", cell(browser, label, 4).replace("\u00a0", "").replace(" ", ""));
        }
        Api api = new Api(deployed);
        Tenants tenants = new Tenants(api, TestStack.get());
        Api.Reply list = api.get("/api/v1/admin/hr-connections", tenants.tokenFor(tenantA, HR_ADMIN, List.of("hr-admin", "employee")));
        JsonObject saved = list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("label").equals(label)).findFirst().orElseThrow(() -> new AssertionError(list.body()));
        assertEquals(120, saved.getInt("scheduleMinutes"), saved::toString);
        assertEquals(0.05, saved.getJsonNumber("maxDeactivateShare").doubleValue(), 1e-9, saved::toString);
        assertFalse(saved.getBoolean("enabled"), saved::toString);
        assertEquals(java.util.Set.of("apiKey", "baseUrl", "companyDomain"), saved.getJsonObject("settings").keySet(),
                "blank settings kept their stored values: " + saved);
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, IT_ADMIN, Tenants.PASSWORD);
            browser.open("/console/it/audit.xhtml");
            String audit = browser.text(By.id("auditTable"));
            assertTrue(audit.contains("hr-connection.created") && audit.contains("hr-connection.changed") && audit.contains(label)
                    && audit.contains(HR_ADMIN), audit);
            assertFalse(audit.contains("bamboo-key-1"), "never a credential");
        }
    }

    private static void setting(ConsoleBrowser browser, String name, String value) {
        By field = By.xpath("//label[normalize-space()='" + name + "']/following-sibling::input[1]");
        browser.waitFor(field);
        browser.driver.findElement(field).sendKeys(value);
    }

    private static String rowXpath(String label) {
        return "//table[@id='connections']//tr[td[1][normalize-space()='" + label + "']]";
    }

    private static String cell(ConsoleBrowser browser, String label, int column) {
        return browser.text(By.xpath(rowXpath(label) + "/td[" + column + "]")).strip();
    }

    @Test
    void anHrAdminMakesScimTheOwnerOfAnAttributeAndReadsTheConflicts() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/attribute-owners.xhtml");
            WebElement email = browser.waitFor(By.xpath("//label[normalize-space()='email']/following-sibling::select[1]"));
            new Select(email).selectByValue("scim");
            browser.driver.findElement(By.id("owners:save")).click();
            browser.waitForText(By.id("messages"), "saved");
            browser.open("/console/hr/attribute-owners.xhtml");
            WebElement again = browser.waitFor(By.xpath("//label[normalize-space()='email']/following-sibling::select[1]"));
            assertEquals("scim", new Select(again).getFirstSelectedOption().getAttribute("value"));
            browser.waitFor(By.id("conflictsTitle"));
            browser.check("attribute-owners");
            browser.assertFitsWidth(375);
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, EMPLOYEE, Tenants.PASSWORD);
            browser.waitFor(By.id("employee"));
            browser.open("/console/hr/attribute-owners.xhtml");
            browser.assertRefused();
        }
    }

    @Test
    void anHrAdminAddsContentAndACrisisResourceForGermanyAndABadSettingChangesNothing() throws Exception {
        tenants();
        Api api = new Api(deployed);
        Tenants tenants = new Tenants(api, TestStack.get());
        String employee = tenants.tokenFor(tenantA, "crisis0", List.of("employee"));
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/content.xhtml");
            new Select(browser.waitFor(By.id("addItem:kind"))).selectByValue("breathing");
            browser.type(By.id("addItem:itemTitle"), "<script>alert(1)</script> Acme square breathing 7");
            browser.type(By.id("addItem:summary"), "Four counts in, hold, out, hold.");
            browser.type(By.id("addItem:body"), "Sit comfortably and breathe in for four counts.");
            browser.type(By.id("addItem:minutes"), "500");
            browser.driver.findElement(By.id("addItem:add")).click();
            browser.waitForText(By.id("messages"), "minutes");
            assertFalse(api.get("/api/v1/content", employee).body().contains("Acme square breathing 7"), "a refused item is not stored");
            browser.type(By.id("addItem:minutes"), "4");
            browser.driver.findElement(By.id("addItem:add")).click();
            browser.waitForText(By.id("itemTable"), "<script>alert(1)</script> Acme square breathing 7");
            browser.check("content-items");

            browser.open("/console/hr/crisis-resources.xhtml");
            assertTrue(browser.text(By.id("source")).contains("built-in"), browser.text(By.id("source")));
            browser.driver.findElement(By.id("crisisForm:addRow")).click();
            browser.waitFor(By.id("crisisForm:save"));
            List<WebElement> names = browser.driver.findElements(By.cssSelector("input[id$=':name']"));
            String last = names.get(names.size() - 1).getAttribute("id").replace(":name", "");
            browser.type(By.id(last + ":name"), "Acme Hilfe");
            browser.type(By.id(last + ":phone"), "0800 111 222");
            browser.type(By.id(last + ":url"), "http://insecure.example");
            browser.driver.findElement(By.id("crisisForm:save")).click();
            browser.waitForText(By.id("messages"), "https");
            assertFalse(browser.text(By.id("shown")).contains("Acme Hilfe"), "a refused list changes nothing");
            browser.type(By.id(last + ":url"), "https://acme.example/hilfe");
            browser.driver.findElement(By.id("crisisForm:save")).click();
            browser.waitForText(By.id("shown"), "Acme Hilfe");
            assertTrue(browser.text(By.id("source")).contains("this country"), browser.text(By.id("source")));
            browser.check("crisis-resources");

            browser.open("/console/settings.xhtml");
            browser.type(By.cssSelector("textarea[id$='0:edit:value']"), "lots");
            browser.driver.findElement(By.cssSelector("input[id$='0:edit:save']")).click();
            browser.waitForText(By.cssSelector("[id$='0:edit:error']"), "whole number");
            browser.check("settings-refused");
        }
        assertEquals(404, api.get("/api/v1/tenant/settings/wellness.hugs.daily-allowance", employee).status(),
                "the refused value was not stored");
        Api.Reply badPut = api.put("/api/v1/tenant/settings/wellness.hugs.daily-allowance",
                tenants.tokenFor(tenantA, HR_ADMIN, List.of("hr-admin", "employee")), "{\"value\":\"-3\"}");
        assertEquals(400, badPut.status(), badPut::toString);
        assertTrue(badPut.body().contains("errors"), badPut::toString);
        assertTrue(api.get("/api/v1/content", employee).body().contains("Acme square breathing 7"), "employees are offered the new item");
        Api.Reply country = api.put("/api/v1/me/privacy", employee, "{\"country\":\"DE\"}");
        assertTrue(country.status() < 300, country::toString);
        Api.Reply entry = api.post("/api/v1/moods", employee, "{\"score\":1,\"timeZone\":\"Europe/Berlin\"}");
        assertEquals(201, entry.status(), entry::toString);
        assertTrue(entry.json().getJsonArray("crisisResources").toString().contains("Acme Hilfe"), entry::toString);
    }

    @Test
    void anItAdminReadsTheDirectoryWithoutAnythingToChange() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, IT_ADMIN, Tenants.PASSWORD);
            browser.open("/console/it/directory.xhtml");
            String table = browser.text(By.id("directoryTable"));
            assertTrue(table.contains("Product"), "people with their teams: " + table);
            assertTrue(browser.text(By.id("teamTree")).contains("Design"), browser.text(By.id("teamTree")));
            assertEquals(List.of("directory:query"), browser.driver.findElements(By.cssSelector("input[type=search], input[type=text], textarea"))
                    .stream().map(e -> e.getAttribute("id")).toList(), "the search is the only field: read-only");
            browser.check("it-directory");
            browser.type(By.id("directory:query"), "nobody-by-this-name");
            browser.driver.findElement(By.id("directory:search")).click();
            browser.waitForText(By.id("pageInfo"), "(0 ");
            assertFalse(browser.text(By.id("directoryTable")).contains("Product"));
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, HR_ADMIN, Tenants.PASSWORD);
            browser.open("/console/it/directory.xhtml");
            browser.assertRefused();
        }
    }

    @Test
    void wrongRolesAndOtherTenantsGetTheRefusalPageNeverTheirData() throws Exception {
        tenants();
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantA, EMPLOYEE, Tenants.PASSWORD);
            browser.waitFor(By.id("employee"));
            browser.check("employee-home");

            for (String page : List.of("/console/it/scim-credentials.xhtml", "/console/it/sign-in-settings.xhtml",
                    "/console/hr/teams.xhtml", "/console/hr/content.xhtml", "/console/hr/crisis-resources.xhtml", "/console/settings.xhtml",
                    "/console/it/directory.xhtml", "/console/it/audit.xhtml",
                    "/console/platform/tenants.xhtml", "/console/platform/health.xhtml", "/console/templates/layout.xhtml")) {
                browser.open(page);
                browser.assertRefused();
            }
            browser.check("refused-role");
            browser.open("/console/t/" + tenantB + "/");
            browser.assertRefused();
            assertTrue(browser.text(By.id("refusal")).contains("another organization"));
            browser.check("refused-other-tenant");
        }
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantB, IT_ADMIN, Tenants.PASSWORD);
            browser.open("/console/hr/teams.xhtml");
            browser.assertRefused();
            browser.open("/console/t/" + tenantA + "/");
            browser.assertRefused();
            for (String page : List.of("/console/hr/content.xhtml", "/console/hr/crisis-resources.xhtml")) {
                browser.open(page);
                browser.assertRefused();
            }
            assertFalse(browser.driver.getPageSource().contains("Tenant " + tenantA), "nothing of tenant A is shown");
        }
        try (ConsoleBrowser browser = browser()) {
            browser.open("/console/operators");
            browser.keycloakLogin("olivia", "demo");
            browser.open("/console/t/" + tenantA + "/");
            browser.assertRefused();
            browser.open("/console/it/scim-credentials.xhtml");
            browser.assertRefused();
        }
    }

    @Test
    void aSuspendedTenantsPeopleAreShutOutAtTheirNextRequest() throws Exception {
        tenants();
        Api api = new Api(deployed);
        Tenants tenants = new Tenants(api, TestStack.get());
        try (ConsoleBrowser browser = browser()) {
            browser.signInThroughFrontDoor(tenantB, IT_ADMIN, Tenants.PASSWORD);
            browser.open("/console/it/scim-credentials.xhtml");
            assertEquals("SCIM credentials", browser.heading());

            assertEquals(200, api.post("/api/v1/platform/tenants/" + tenantB + "/suspend", tenants.operatorToken(), null).status());
            try {
                browser.open("/console/it/scim-credentials.xhtml");
                browser.waitUntilPath("/console/index.xhtml");
                assertTrue(browser.path().contains("ended=tenant_unavailable"), browser.path());
                browser.check("front-door-tenant-suspended");
            } finally {
                assertEquals(200, api.post("/api/v1/platform/tenants/" + tenantB + "/resume", tenants.operatorToken(), null).status());
            }
            browser.open("/console/home.xhtml");
            browser.waitUntilPath("/console/index.xhtml");
        }
    }
}
