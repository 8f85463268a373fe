package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant whose schema cannot be migrated at start-up answers 503 and is named by readiness,
 * while a healthy tenant keeps serving. The broken tenant is prepared before the app boots.
 */
@ExtendWith(ArquillianExtension.class)
class BrokenMigrationIT {

    private static final String BROKEN = Tenants.uniqueSlug("broken");
    private static final String HEALTHY = Tenants.uniqueSlug("healthy");

    @ArquillianResource
    URL deployed;

    private Api api;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        TestStack stack = TestStack.get();
        for (String slug : List.of(BROKEN, HEALTHY)) {
            stack.keycloakAdmin.createRealmFromTemplate("keycloak-realm/tenant-realm.json",
                    Map.of("REALM", slug, "DISPLAY_NAME", slug, "APP_URL", "http://127.0.0.1"));
            stack.keycloakAdmin.addDevClient(slug);
            stack.keycloakAdmin.ensureUser(slug, "erin", Tenants.PASSWORD, List.of("employee"));
        }
        try (Connection c = DriverManager.getConnection(stack.postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            new org.hugmenow.platform.db.SchemaMigrator(BrokenMigrationIT.class.getClassLoader())
                    .migratePlatform(new SimpleDataSource(stack.postgres.jdbcUrl()));
            for (String slug : List.of(BROKEN, HEALTHY)) {
                Tenants.registerActive(c, slug, stack.keycloak.url());
            }
            try (Statement s = c.createStatement()) {
                // A table the first tenant migration also creates, with another shape: that migration must fail.
                s.execute("CREATE SCHEMA tenant_" + BROKEN.replace('-', '_'));
                s.execute("CREATE TABLE tenant_" + BROKEN.replace('-', '_') + ".tenant_setting (unexpected int)");
            }
        }
        return stack.deployment();
    }

    @BeforeEach
    void setUp() {
        api = new Api(deployed);
    }

    @Test
    void theBrokenTenantAnswers503AndTheOthersServe() throws Exception {
        TestStack stack = TestStack.get();
        String broken = Tokens.passwordGrant(stack.keycloak.url(), BROKEN, "erin", Tenants.PASSWORD);
        String healthy = Tokens.passwordGrant(stack.keycloak.url(), HEALTHY, "erin", Tenants.PASSWORD);

        Api.Reply refused = api.get("/api/v1/me", broken);
        assertEquals(503, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.header("Retry-After") != null);

        assertEquals(200, api.get("/api/v1/me", healthy).status());
        assertEquals(200, api.get("/api/v1/tenant/settings", healthy).status(), "the healthy tenant's schema was migrated");
    }

    @Test
    void readinessNamesTheBrokenTenantToOperatorsButStaysUpForTheOthers() throws Exception {
        Api.Reply ready = api.get("/api/v1/platform/readiness",
                Tokens.passwordGrant(TestStack.get().keycloak.url(), "platform", "olivia", "demo"));
        assertEquals(200, ready.status(), ready::toString);
        assertTrue(ready.body().contains("tenant:" + BROKEN), ready.body());
        assertTrue(!ready.body().contains("tenant:" + HEALTHY));
        Api.Reply bare = api.get("/health/ready", null);
        assertEquals(200, bare.status(), bare::toString);
        assertTrue(!bare.body().contains(BROKEN), "the public readiness names no tenant: " + bare.body());
    }
}
