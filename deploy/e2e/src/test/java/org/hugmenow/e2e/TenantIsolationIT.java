package org.hugmenow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hugmenow.launcher.LocalPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two tenants hold rows with the same keys; nothing crosses, sequentially or concurrently. */
class TenantIsolationIT extends DeployedAppIT {

    private static String tenantA;
    private static String tenantB;
    private static String adminA;
    private static String adminB;
    private static String employeeA;

    @BeforeEach
    void provisionTenants() throws Exception {
        if (tenantA == null) {
            tenantA = Tenants.uniqueSlug("iso-a");
            tenantB = Tenants.uniqueSlug("iso-b");
            tenants.provision(tenantA);
            tenants.provision(tenantB);
            adminA = tenants.tokenFor(tenantA, "alice", List.of("hr-admin"));
            adminB = tenants.tokenFor(tenantB, "bob", List.of("hr-admin"));
            employeeA = tenants.tokenFor(tenantA, "erin", List.of("employee"));
        }
    }

    @Test
    void sameKeyInTwoTenantsHoldsEachTenantsOwnValue() {
        assertEquals(200, api.put("/api/v1/tenant/settings/welcome.text", adminA, "{\"value\":\"hello from A\"}").status());
        assertEquals(200, api.put("/api/v1/tenant/settings/welcome.text", adminB, "{\"value\":\"hello from B\"}").status());

        assertEquals("hello from A", api.get("/api/v1/tenant/settings/welcome.text", employeeA).json().getString("value"));
        assertEquals("hello from B", api.get("/api/v1/tenant/settings/welcome.text", adminB).json().getString("value"));
        assertTrue(api.get("/api/v1/tenant/settings", adminB).body().contains("hello from B"));
        assertTrue(!api.get("/api/v1/tenant/settings", adminB).body().contains("hello from A"));
    }

    @Test
    void rowsWrittenStraightIntoEachSchemaStayInTheirTenant() throws Exception {
        try (Connection c = DriverManager.getConnection(TestStack.get().postgres.jdbcUrl(), LocalPostgres.USER, LocalPostgres.PASSWORD)) {
            for (String[] row : new String[][] {{tenantA, "A-only"}, {tenantB, "B-only"}}) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant_" + row[0].replace('-', '_')
                        + ".tenant_setting (setting_key, value, updated_by) VALUES ('shared.id', ?, 'sql')"
                        + " ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value")) {
                    s.setString(1, row[1]);
                    s.executeUpdate();
                }
            }
        }
        assertEquals("A-only", api.get("/api/v1/tenant/settings/shared.id", adminA).json().getString("value"));
        assertEquals("B-only", api.get("/api/v1/tenant/settings/shared.id", adminB).json().getString("value"));
    }

    @Test
    void aKeyThatExistsOnlyInTheOtherTenantIsNotFound() {
        assertEquals(200, api.put("/api/v1/tenant/settings/b.secret", adminB, "{\"value\":\"only B knows\"}").status());
        Api.Reply guess = api.get("/api/v1/tenant/settings/b.secret", adminA);
        assertEquals(404, guess.status(), guess::toString);
        assertTrue(!guess.body().contains("only B knows"));
        assertEquals(404, api.send("DELETE", "/api/v1/tenant/settings/b.secret", adminA, null, null).status());
        assertEquals(200, api.get("/api/v1/tenant/settings/b.secret", adminB).status(), "B's row survives A's delete attempt");
    }

    @Test
    void concurrentRequestsFromTwoTenantsNeverSeeEachOthersRows() throws Exception {
        api.put("/api/v1/tenant/settings/owner", adminA, "{\"value\":\"" + tenantA + "\"}");
        api.put("/api/v1/tenant/settings/owner", adminB, "{\"value\":\"" + tenantB + "\"}");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean a = i % 2 == 0;
                Callable<Boolean> read = () -> {
                    Api.Reply r = api.get("/api/v1/tenant/settings/owner", a ? adminA : adminB);
                    return r.status() == 200 && r.json().getString("value").equals(a ? tenantA : tenantB);
                };
                results.add(pool.submit(read));
            }
            long wrong = 0;
            for (Future<Boolean> result : results) {
                if (!result.get()) {
                    wrong++;
                }
            }
            assertEquals(0, wrong, "responses that showed the other tenant's row or failed");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyPlatformEndpointRefusesTenantRolesAndAnonymousCallers() throws Exception {
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/api/v1/platform/tenants"},
                new String[] {"POST", "/api/v1/platform/tenants"},
                new String[] {"GET", "/api/v1/platform/tenants/" + tenantB},
                new String[] {"GET", "/api/v1/platform/tenants/" + tenantB + "/audit"},
                new String[] {"POST", "/api/v1/platform/tenants/" + tenantB + "/suspend"},
                new String[] {"POST", "/api/v1/platform/tenants/" + tenantB + "/resume"},
                new String[] {"POST", "/api/v1/platform/tenants/" + tenantB + "/offboard"},
                new String[] {"POST", "/api/v1/platform/tenants/" + tenantB + "/retry"},
                new String[] {"POST", "/api/v1/platform/tenants/" + tenantB + "/activation-link"});
        String body = Tenants.createBody(Tenants.uniqueSlug("never"));
        for (String[] endpoint : endpoints) {
            String json = endpoint[0].equals("POST") ? body : null;
            String type = json == null ? null : "application/json";
            for (String token : List.of(adminA, employeeA)) {
                Api.Reply reply = api.send(endpoint[0], endpoint[1], token, json, type);
                assertEquals(403, reply.status(), endpoint[0] + " " + endpoint[1] + ": " + reply);
                assertEquals("application/problem+json", reply.contentType());
            }
            assertEquals(401, api.send(endpoint[0], endpoint[1], null, json, type).status(), endpoint[0] + " " + endpoint[1]);
        }
        assertEquals("active", api.get("/api/v1/platform/tenants/" + tenantB, tenants.operatorToken()).json().getString("status"),
                "tenant B is untouched by tenant A's attempts");
    }

    @Test
    void settingsWritesNeedAnAdminRoleOfTheSameTenant() {
        assertEquals(200, api.put("/api/v1/tenant/settings/guarded", adminA, "{\"value\":\"kept\"}").status());
        assertEquals(403, api.put("/api/v1/tenant/settings/guarded", employeeA, "{\"value\":\"x\"}").status());
        assertEquals(403, api.send("DELETE", "/api/v1/tenant/settings/guarded", employeeA, null, null).status());
        assertEquals(401, api.put("/api/v1/tenant/settings/guarded", null, "{\"value\":\"x\"}").status());
        assertEquals(401, api.send("DELETE", "/api/v1/tenant/settings/guarded", null, null, null).status());
        assertEquals(401, api.get("/api/v1/tenant/settings", null).status());
        assertEquals(404, api.send("DELETE", "/api/v1/tenant/settings/guarded", adminB, null, null).status(),
                "another tenant's admin cannot even see it");
        assertEquals("kept", api.get("/api/v1/tenant/settings/guarded", employeeA).json().getString("value"));
    }
}
