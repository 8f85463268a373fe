package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hugmenow.launcher.LocalPostgres;
import org.hugmenow.launcher.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No client of a tenant realm offers the password grant (it bypasses the browser flow and MFA),
 * Keycloak's built-in admin-cli included: neither in a newly provisioned realm, nor, after
 * start-up, in a realm made before the rule. The tests' own hugmenow-dev client is exempt by configuration.
 */
@ExtendWith(ArquillianExtension.class)
class TenantRealmPasswordGrantIT {

    private static final String LEGACY = Tenants.uniqueSlug("legacy");

    @ArquillianResource
    URL deployed;

    /** A realm as provisioning made it before the rule, with admin-cli and the web client open to the password grant. */
    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        TestStack stack = TestStack.get();
        stack.keycloakAdmin.createRealmFromTemplate("keycloak-realm/tenant-realm.json",
                Map.of("REALM", LEGACY, "DISPLAY_NAME", LEGACY, "APP_URL", "http://127.0.0.1"));
        stack.keycloakAdmin.setDirectAccessGrants(LEGACY, "admin-cli", true);
        stack.keycloakAdmin.setDirectAccessGrants(LEGACY, "hugmenow-web", true);
        stack.keycloakAdmin.addDevClient(LEGACY);
        stack.keycloakAdmin.ensureUser(LEGACY, "erin", Tenants.PASSWORD, List.of("employee"));
        try (Connection c = DriverManager.getConnection(stack.postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            new org.hugmenow.platform.db.SchemaMigrator(TenantRealmPasswordGrantIT.class.getClassLoader())
                    .migratePlatform(new SimpleDataSource(stack.postgres.jdbcUrl()));
            Tenants.registerActive(c, LEGACY, stack.keycloak.url());
        }
        return stack.deployment();
    }

    @Test
    void aProvisionedRealmRefusesThePasswordGrantOnAdminCli() throws Exception {
        TestStack stack = TestStack.get();
        Tenants tenants = new Tenants(new Api(deployed), stack);
        String slug = Tenants.uniqueSlug("nopass");
        tenants.provision(slug);
        stack.keycloakAdmin.ensureUser(slug, "erin", Tenants.PASSWORD, List.of("employee"));

        assertRefused(slug, "admin-cli");
        assertEquals(Set.of("hugmenow-dev"), passwordGrantClients(slug), "only the tests' own client, added after provisioning");
    }

    @Test
    void atStartUpARealmMadeBeforeTheRuleLosesThePasswordGrant() throws Exception {
        TestStack stack = TestStack.get();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!passwordGrantClients(LEGACY).equals(Set.of("hugmenow-dev")) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(Set.of("hugmenow-dev"), passwordGrantClients(LEGACY), "the start-up check fixed the realm");
        assertRefused(LEGACY, "admin-cli");
        assertRefused(LEGACY, "hugmenow-web");
        Tokens.passwordGrant(stack.keycloak.url(), LEGACY, "erin", Tenants.PASSWORD);

        Api api = new Api(deployed);
        String audit = api.get("/api/v1/platform/tenants/" + LEGACY + "/audit", new Tenants(api, stack).operatorToken()).body();
        assertTrue(audit.contains("realm.password-grant-disabled") && audit.contains("admin-cli"), audit);
    }

    private static void assertRefused(String realm, String clientId) {
        IOException refused = assertThrows(IOException.class,
                () -> Tokens.passwordGrant(TestStack.get().keycloak.url(), realm, "erin", Tenants.PASSWORD, clientId),
                "the password grant on " + clientId + " of realm " + realm);
        assertTrue(refused.getMessage().contains("unauthorized_client"), refused.getMessage());
    }

    private static Set<String> passwordGrantClients(String realm) throws IOException {
        Set<String> open = new TreeSet<>();
        for (JsonValue value : (JsonArray) TestStack.get().keycloakAdmin.json(realm + "/clients")) {
            JsonObject client = value.asJsonObject();
            if (client.getBoolean("directAccessGrantsEnabled", false)) {
                open.add(client.getString("clientId"));
            }
        }
        return open;
    }
}
