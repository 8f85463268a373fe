package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.junit.jupiter.api.Test;

/** Provisioning, activation, operator actions and offboarding, against real Keycloak and PostgreSQL. */
class ProvisioningIT extends DeployedAppIT {

    @Test
    void createReturns202WithStatusResourceAndOneTimeLinkThenBecomesActive() throws Exception {
        String slug = Tenants.uniqueSlug("prov");
        Api.Reply created = api.post("/api/v1/platform/tenants", tenants.operatorToken(), Tenants.createBody(slug));
        assertEquals(202, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/v1/platform/tenants/" + slug));
        assertEquals("provisioning", created.json().getJsonObject("tenant").getString("status"));
        String link = created.json().getJsonObject("initialAdmin").getString("setPasswordUrl");

        String body = tenants.awaitStatus(slug, "active", Duration.ofSeconds(90));
        assertTrue(body.contains("provision:realm") && body.contains("provision:schema") && body.contains("provision:first_admin"));
        assertTrue(stack.keycloakAdmin.realmExists(slug));
        assertTrue(schemaExists("tenant_" + slug.replace('-', '_')));

        String token = URI.create(link).getQuery().substring("token=".length());
        Api.Reply form = api.get("/api/v1/activation?token=" + token, null);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("<form"));
        Api.Reply weak = activate(token, "short");
        assertEquals(400, weak.status());
        Api.Reply done = activate(token, "a-long-enough-password");
        assertEquals(200, done.status(), done::toString);
        assertEquals(410, activate(token, "a-long-enough-password").status(), "the link works once");
        Api.Reply reissued = api.post("/api/v1/platform/tenants/" + slug + "/activation-link", tenants.operatorToken(), null);
        assertEquals(409, reissued.status(), "no new link once the admin has activated (see OperatorTakeoverIT): " + reissued);

        stack.keycloakAdmin.addDevClient(slug);
        String adminToken = Tokens.passwordGrant(stack.keycloak.url(), slug, "admin", "a-long-enough-password");
        JsonObject me = api.get("/api/v1/me", adminToken).json();
        assertEquals(slug, me.getJsonObject("tenant").getString("slug"));
        assertTrue(me.getJsonArray("roles").toString().contains("hr-admin"));
    }

    @Test
    void anExistingSlugGets409AndChangesNothing() throws Exception {
        String slug = Tenants.uniqueSlug("dup");
        tenants.provision(slug);
        Api.Reply again = api.post("/api/v1/platform/tenants", tenants.operatorToken(), Tenants.createBody(slug));
        assertEquals(409, again.status());
        assertEquals("application/problem+json", again.contentType());
        assertEquals(1, api.get("/api/v1/platform/tenants", tenants.operatorToken()).array().stream()
                .filter(t -> t.asJsonObject().getString("slug").equals(slug)).count());
    }

    @Test
    void invalidRequestsNameEachFieldAndCreateNothing() throws Exception {
        String body = "{\"slug\":\"Bad Slug!\",\"name\":\"\",\"plan\":\"gold\",\"firstAdmin\":{\"username\":\"x\",\"email\":\"nope\"}}";
        Api.Reply reply = api.post("/api/v1/platform/tenants", tenants.operatorToken(), body);
        assertEquals(400, reply.status(), reply::toString);
        String fields = reply.json().getJsonArray("errors").toString();
        for (String field : List.of("slug", "name", "plan", "firstAdmin.email", "firstAdmin.username", "firstAdmin.firstName")) {
            assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
        }
        assertEquals(400, api.post("/api/v1/platform/tenants", tenants.operatorToken(),
                Tenants.createBody("platform")).status(), "reserved slug");
        assertEquals(404, api.get("/api/v1/platform/tenants/bad-slug-x", tenants.operatorToken()).status());
        assertFalse(api.get("/api/v1/platform/tenants", tenants.operatorToken()).body().contains("Bad Slug"));
    }

    @Test
    void provisioningResumesAfterKeycloakComesBack() throws Exception {
        String slug = Tenants.uniqueSlug("outage");
        String operator = tenants.operatorToken();
        assertEquals(200, api.get("/api/v1/platform/tenants", operator).status(), "the app holds the platform keys before the outage");
        stack.keycloak.stop();
        try {
            Api.Reply created = api.post("/api/v1/platform/tenants", operator, Tenants.createBody(slug));
            assertEquals(202, created.status(), created::toString);
            JsonObject stuck = awaitError(slug, operator);
            assertEquals("provisioning", stuck.getString("status"));
            assertTrue(stuck.getJsonArray("completedSteps").toString().contains("provision:schema"));
            assertFalse(stuck.getJsonArray("completedSteps").toString().contains("provision:realm"));
        } finally {
            stack.keycloak.start();
        }
        tenants.awaitStatus(slug, "active", Duration.ofSeconds(120));
        assertTrue(stack.keycloakAdmin.realmExists(slug));
        String audit = api.get("/api/v1/platform/tenants/" + slug + "/audit", tenants.operatorToken()).body();
        assertTrue(audit.contains("provision:activate"), audit);
    }

    @Test
    void offboardingExportsThenDropsSchemaAndRealm() throws Exception {
        Tenants.Login leaving = tenants.provisionWithUser("off", "hanna", List.of("hr-admin"));
        String slug = leaving.slug();
        String hr = leaving.token();
        assertEquals(200, api.put("/api/v1/tenant/settings/farewell", hr, "{\"value\":\"thanks for all the hugs\"}").status());
        assertEquals(200, api.put("/api/v1/tenant/settings/sheet", hr, "{\"value\":\"=HYPERLINK(\\\"http://evil.example\\\")\"}").status());
        String neighbourHr = tenants.provisionWithUser("stay", "nina", List.of("hr-admin")).token();
        assertEquals(200, api.put("/api/v1/tenant/settings/farewell", neighbourHr, "{\"value\":\"the neighbour stays\"}").status());

        Api.Reply offboard = api.post("/api/v1/platform/tenants/" + slug + "/offboard", tenants.operatorToken(), null);
        assertEquals(202, offboard.status(), offboard::toString);
        tenants.awaitStatus(slug, "deleted", Duration.ofSeconds(90));

        assertFalse(schemaExists("tenant_" + slug.replace('-', '_')));
        assertFalse(stack.keycloakAdmin.realmExists(slug));
        Path zip;
        try (Stream<Path> files = Files.list(stack.exportDir)) {
            zip = files.filter(p -> p.getFileName().toString().startsWith(slug) && p.toString().endsWith(".zip"))
                    .findFirst().orElseThrow();
        }
        try (ZipFile export = new ZipFile(zip.toFile())) {
            String settings = new String(export.getInputStream(export.getEntry("tables/tenant_setting.csv")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(settings.contains("thanks for all the hugs"));
            // A value a spreadsheet would run is written with a leading quote (OWASP CSV injection).
            assertTrue(settings.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""), settings);
            assertFalse(settings.contains(",\"=HYPERLINK"), settings);
            assertFalse(settings.contains("the neighbour stays"), "the export holds this tenant's rows only");
            assertFalse(new String(export.getInputStream(export.getEntry("identity/users.json")).readAllBytes(),
                    StandardCharsets.UTF_8).contains("nina"), "and this tenant's users only");
            assertTrue(new String(export.getInputStream(export.getEntry("identity/users.json")).readAllBytes(),
                    StandardCharsets.UTF_8).contains("hanna"));
            assertTrue(export.getEntry("tenant.json") != null);
        }
        String audit = api.get("/api/v1/platform/tenants/" + slug + "/audit", tenants.operatorToken()).body();
        for (String step : List.of("tenant.offboard", "offboard:export", "offboard:drop-schema", "offboard:delete-realm", "tenant.deleted")) {
            assertTrue(audit.contains(step), step + " in " + audit);
        }
        assertEquals(409, api.post("/api/v1/platform/tenants/" + slug + "/resume", tenants.operatorToken(), null).status());
        assertEquals(409, api.post("/api/v1/platform/tenants", tenants.operatorToken(), Tenants.createBody(slug)).status(),
                "a deleted tenant's slug is never reused");
        assertEquals("the neighbour stays", api.get("/api/v1/tenant/settings/farewell", neighbourHr).json().getString("value"));
    }

    private Api.Reply activate(String token, String password) {
        String form = "token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&password=" + password + "&confirm=" + password;
        return api.send("POST", "/api/v1/activation", null, form, "application/x-www-form-urlencoded");
    }

    private JsonObject awaitError(String slug, String operator) {
        return Api.poll(() -> api.get("/api/v1/platform/tenants/" + slug, operator),
                r -> r.status() == 200 && r.json().containsKey("lastError"), Duration.ofSeconds(60),
                "provisioning to record the Keycloak outage").json();
    }

    private boolean schemaExists(String schema) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD);
             var s = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }
}
